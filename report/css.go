package report

// pageCSS is the report's style sheet. The font stack names Arabic faces a
// bare Debian gets from fonts-noto-core, fonts-hosny-amiri or
// fonts-dejavu-core, then what Windows and macOS ship.
const pageCSS = `:root {
  --pA: #1d4ed8; --pA-bg: #dbeafe;
  --pB: #047857; --pB-bg: #d1fae5;
  --pC: #7e22ce; --pC-bg: #f3e8ff;
  --third: #64748b; --third-bg: #f1f5f9;
  --person: #92400e;
  --error: #b91c1c; --error-fg: #ffffff;
  --warning: #b45309; --warning-bg: #fde68a;
  --variant: #7c3aed; --variant-bg: #ede9fe;
  --ink: #111827; --muted: #4b5563; --line: #d1d5db;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; padding: 1rem 1.5rem 3rem; color: var(--ink); background: #fff;
  font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Scheherazade New",
    "DejaVu Sans", "Geeza Pro", "Arabic Typesetting", "Tahoma", "Arial", sans-serif;
  font-size: 17px; line-height: 1.9;
}
[lang="en"] { font-family: "DejaVu Sans", "Noto Sans", "Helvetica", "Arial", sans-serif; font-size: .86em; line-height: 1.5; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h1 [lang="en"] { color: var(--muted); font-weight: normal; }
.nz-file { font-size: 1rem; color: var(--muted); margin: .5rem 0; border-bottom: 1px solid var(--line); }
.nz-h { font-size: 1.05rem; margin: 1rem 0 .35rem; }
.nz-h [lang="en"] { color: var(--muted); font-weight: normal; }
.nz-layout { display: grid; grid-template-columns: minmax(18rem, 26rem) 1fr; gap: 1.5rem; align-items: start; }
.nz-summary { border: 1px solid var(--line); border-radius: 6px; padding: .25rem 1rem 1rem; background: #fafafa; font-size: .92rem; }
.nz-body { white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: isolate; font-size: 1.12rem; line-height: 2.3; }
.nz-parts, .nz-legend { list-style: none; padding: 0; margin: 0; }
.nz-part { margin-bottom: .6rem; }
.nz-ev { margin: .2rem 0 0; padding-inline-start: 1.2rem; font-size: .9em; }
.nz-note, .nz-count, .nz-role { color: var(--muted); }
.nz-swatch { display: inline-block; min-width: 1.5em; text-align: center; border-radius: 4px; font-weight: bold; }
.nz-counts { border-collapse: collapse; font-size: .85rem; }
.nz-counts th { text-align: start; font-weight: normal; padding-inline-end: .8rem; color: var(--muted); }
.nz-counts td { text-align: end; font-variant-numeric: tabular-nums; }
.nz-findings { padding-inline-start: 1.4rem; margin: 0; }
.nz-findings li { margin-bottom: .5rem; }
.nz-findings .nz-msg, .nz-count { display: block; text-align: start; }
.nz-badge { display: inline-block; border-radius: 3px; padding: 0 .35em; background: #e5e7eb; }
li.nz-sev-error .nz-badge { background: var(--error); color: var(--error-fg); }
li.nz-sev-warning .nz-badge { background: var(--warning-bg); }
.nz-legend li { margin: .15rem 0; }
a { color: inherit; }
a:focus-visible, mark:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
mark { background: none; color: inherit; border-radius: 3px; padding: 0 .08em; }
mark.nz-m, span.nz-evidence { border-bottom: 2px solid transparent; }
.nz-role-participant.nz-pA, .nz-swatch.nz-pA { background: var(--pA-bg); border-bottom-color: var(--pA); }
.nz-role-participant.nz-pB, .nz-swatch.nz-pB { background: var(--pB-bg); border-bottom-color: var(--pB); }
.nz-role-participant.nz-pC, .nz-role-participant.nz-pD, .nz-role-participant.nz-pE,
.nz-swatch.nz-pC { background: var(--pC-bg); border-bottom-color: var(--pC); }
.nz-swatch.nz-pA { color: var(--pA); } .nz-swatch.nz-pB { color: var(--pB); } .nz-swatch.nz-pC { color: var(--pC); }
.nz-role-third-party, .nz-role-topic, .nz-role-context { background: var(--third-bg); border-bottom: 2px dotted var(--third) !important; }
.nz-role-person { border-bottom: 2px dotted var(--person) !important; }
.nz-evidence { box-shadow: inset 0 -1px 0 var(--muted); }
.nz-f { position: relative; cursor: help; font-weight: bold; }
.nz-f.nz-sev-error { background: var(--error); color: var(--error-fg); }
.nz-f.nz-sev-warning, .nz-f.nz-sev-info { background: var(--warning-bg); color: var(--ink); outline: 2px solid var(--warning); }
.nz-f mark, .nz-f span.nz-evidence { background: transparent !important; color: inherit; border-bottom-color: transparent !important; }
.nz-variant { outline: 2px dashed var(--variant); outline-offset: 1px; }
.nz-tip {
  display: none; position: absolute; z-index: 10; top: 100%; right: 0; margin-top: .3rem;
  min-width: 14rem; max-width: 24rem; padding: .4rem .6rem; white-space: normal;
  background: #111827; color: #fff; border-radius: 6px; font-weight: normal; font-size: .95rem; line-height: 1.6;
  box-shadow: 0 4px 12px rgba(0,0,0,.25); unicode-bidi: isolate;
}
.nz-tip .nz-sugg { display: block; font-weight: bold; font-size: 1.05rem; }
.nz-tip .nz-msg { display: block; }
.nz-f:hover > .nz-tip, .nz-f:focus > .nz-tip, .nz-f:focus-within > .nz-tip, .nz-f:target > .nz-tip { display: block; }
.nz-none { color: var(--muted); }
@media (max-width: 800px) { .nz-layout { grid-template-columns: 1fr; } }
@media print {
  body { padding: 0; font-size: 12pt; }
  .nz-layout { display: block; }
  .nz-summary { border: none; background: none; padding: 0; break-after: page; }
  .nz-f { cursor: auto; }
  .nz-tip { display: inline; position: static; background: none; color: var(--error); box-shadow: none; padding: 0; margin: 0; font-size: .9em; min-width: 0; }
  .nz-tip .nz-sugg { display: inline; }
  .nz-tip .nz-sugg::before { content: " ["; } .nz-tip .nz-sugg::after { content: "]"; }
  .nz-tip .nz-msg { display: none; }
  a { text-decoration: none; }
}
`
