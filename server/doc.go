// Package server is nazir's HTTP server (`nazir serve`): a web page for
// editors and a JSON API for newsroom systems, over the standard library's
// net/http. One Checker, built at start, serves every request (a Checker
// is safe for concurrent use).
//
// # The web page
//
// GET / is a form where an editor pastes a release or uploads its file
// (plain text, or a saved web page: its text is extracted as `nazir check
// --input html` does). POST / checks it and shows the report: the same
// highlighted right-to-left view as the HTML report (package report), the
// findings with their suggested corrections as checkboxes, and a button
// that applies the ticked ones and gives the corrected text to copy. It
// all works without JavaScript (forms rendered on the server); the one
// script adds a copy button. The page is Arabic and right to left;
// ?lang=en (or the form's lang field) gives English, findings' messages
// included. Its words are in nazir's message catalogs. The page reads every
// line break as LF (browsers send a form's line breaks as CRLF).
//
// # The API
//
// POST /v1/check takes {"text": "...", "options": {...}} and answers with
// the report as `nazir check --format json` writes it (the JSON contract),
// byte for byte, with a "version" field first and, last in each finding,
// its "fingerprint": the finding's baseline.Fingerprint in the checked
// text (a web page's text, for HTML), which baseline files record,
// .nazir.yaml's accept rules match and /v1/fix's "accept" takes. Options:
//
//   - "min_confidence": drop findings below it. The default is the
//     server's (`nazir serve --min-confidence`, 0.50 by default), which is
//     also the lowest a request may ask for: the shared Checker has
//     already dropped what is below it. A higher value filters the
//     reported (rounded) confidences.
//   - "input": "text" (default) or "html": the text is a web page; its
//     text is checked and the report's spans are offsets into the page.
//   - "language": the language of the findings' messages, "ar" or "en"
//     (when the server has an EnglishChecker; nazir serve has). The
//     default is Config.Language (`nazir serve --lang`, or lang in its
//     settings file), Arabic unless set.
//
// Findings that Config.Accepted accepts (nazir serve: the accept rules of
// its settings file) are left out of every report, the API's and the
// page's, as `nazir check` leaves them out.
//
// POST /v1/fix takes the same and an optional "accept": the findings to
// apply, each by its index (0-based) in the report /v1/check gives for
// the same text and options (the check is deterministic) or by its
// fingerprint (a string, as baseline files and .nazir.yaml record it;
// every finding with that fingerprint). Without "accept", every finding
// of severity warning or error that has a suggestion is applied, as
// `nazir fix` does. It answers with "text" (the corrected text, or page),
// "changed", "edits" (finding, start, end, old, new; offsets
// into the text sent) and "not_applied" (the finding or fingerprint and
// the reason: no_suggestion, overlap, span_differs, or not_found for a
// fingerprint no finding has).
//
// GET /healthz answers {"status":"ok","version":"..."}.
//
// A web page of another origin (a CMS's editor) may call the API from a
// browser when Config.AllowOrigins (nazir serve --allow-origin) lists its
// origin: the API then answers the browser's preflight and adds
// Access-Control-Allow-Origin. Without it, no CORS header is sent.
//
// # Errors
//
// A request the server cannot serve gets a 4xx or 5xx status and
// {"error": {"status": N, "code": "...", "message": "..."}}, the message
// naming the cause: 405 method_not_allowed (with Allow), 415
// unsupported_media_type (not application/json in UTF-8), 413 too_large
// (a body over MaxBodyBytes, with or without Content-Length), 400
// empty_body, invalid_utf8 (with the offset of the first bad byte),
// invalid_json (with the offset, or the field of the wrong type),
// unknown_field (an unknown field or option, named), missing_text,
// empty_text, invalid_option (the option and the values it takes), 404
// not_found, 503 busy (with Retry-After), 500 internal. The page shows the
// same causes as a message in its own language, with the same statuses
// (and 409 for a fix form sent for a text other than the one checked).
//
// # Limits, concurrency and shutdown
//
// At most MaxPending requests (default 64) hold their bodies at once; a
// request past them waits, before reading its body, up to QueueTimeout
// (default 2 s), then gets 503 with Retry-After: 1. A request holding its
// body (up to MaxBodyBytes) then waits again, as long, for one of the
// MaxChecks check slots (default GOMAXPROCS). It keeps its slot while its
// response is written, so that the memory of the responses in flight is
// bounded by the slots, not by the clients. Waiting briefly absorbs bursts
// (a release is checked in well under a millisecond); refusing after the
// wait keeps latency bounded under sustained overload and tells a client
// when to come back.
//
// # Memory
//
// A request holding its body takes at most MaxBodyBytes; a check in a
// slot takes at most 40 times its body at its peak (text, the checker's
// working memory, the report, its JSON or the page, garbage not yet
// collected; the page is written as it is made, never held whole); the
// collector (GOGC=100) lets the heap reach twice what is live. The heap
// therefore stays under
//
//	2 × (start + MaxPending × MaxBodyBytes + MaxChecks × 40 × MaxBodyBytes)
//
// however many clients there are (each connection adds its buffers and
// stack, about 20 KiB). With the defaults on 2 CPUs that is about
// 660 MiB; measured with 64 clients each sending 2 MiB, the heap peaked at
// 335 to 405 MiB and nazir serve's resident size at 400 MiB
// (docs/guarantees.md; the test TestMemoryBound64Clients holds the heap to
// the bound).
//
// Serve sets http.Server's timeouts (ReadTimeout for a whole request,
// WriteTimeout from its headers to the end of its response, IdleTimeout,
// ReadHeaderTimeout, and MaxHeaderBytes 64 KiB) and, when its context is
// done (nazir serve: SIGINT or SIGTERM), stops accepting connections and
// lets the requests in flight finish within ShutdownTimeout.
package server
