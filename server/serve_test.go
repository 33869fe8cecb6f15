package server

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// startServe runs s.Serve on a free port until the returned cancel.
func startServe(t *testing.T, s *Server) (addr string, cancel context.CancelFunc, done <-chan error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- s.Serve(ctx, ln) }()
	return ln.Addr().String(), cancel, errc
}

// slowRequest sends a /v1/check request's headers and the first half of
// its body, and returns the connection and the rest of the body.
func slowRequest(t *testing.T, addr, text string) (net.Conn, string) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	body := jsonBody(t, map[string]string{"text": text})
	_, err = fmt.Fprintf(conn, "POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", len(body), body[:len(body)/2])
	require.NoError(t, err)
	return conn, body[len(body)/2:]
}

// TestGracefulShutdown: once Serve's context is done, new connections are
// refused, and a request in flight (its body half sent) still finishes
// with its report before Serve returns nil.
func TestGracefulShutdown(t *testing.T) {
	s := newServer(t, Config{ShutdownTimeout: 30 * time.Second})
	addr, cancel, done := startServe(t, s)
	conn, rest := slowRequest(t, addr, shortSlip)
	defer conn.Close()
	time.Sleep(50 * time.Millisecond) // the server has read the headers: the connection is active
	cancel()
	require.Eventually(t, func() bool {
		c, err := net.Dial("tcp", addr)
		if err == nil {
			c.Close()
		}
		return err != nil
	}, 10*time.Second, 10*time.Millisecond, "the listener closes")
	select {
	case err := <-done:
		t.Fatalf("Serve returned (%v) with a request in flight", err)
	default:
	}
	_, err := io.WriteString(conn, rest)
	require.NoError(t, err)
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	require.NoError(t, err)
	b, _ := io.ReadAll(resp.Body)
	assert.Equal(t, 200, resp.StatusCode, "%s", b)
	assert.Contains(t, string(b), `"kind":"country-conflict"`)
	assert.NoError(t, <-done)
}

// TestShutdownTimeout: a request that does not finish within the
// shutdown timeout is cut off, and Serve says so.
func TestShutdownTimeout(t *testing.T) {
	s := newServer(t, Config{ShutdownTimeout: 100 * time.Millisecond})
	addr, cancel, done := startServe(t, s)
	conn, _ := slowRequest(t, addr, shortSlip)
	defer conn.Close()
	time.Sleep(50 * time.Millisecond)
	cancel()
	err := <-done
	require.Error(t, err)
	assert.Contains(t, err.Error(), "still running after 100ms")
}

// TestServeTimeouts: Serve's http.Server closes a connection that sends
// its headers too slowly (ReadHeaderTimeout follows ReadTimeout).
func TestServeTimeouts(t *testing.T) {
	s := newServer(t, Config{ReadTimeout: 200 * time.Millisecond})
	addr, cancel, done := startServe(t, s)
	defer func() { cancel(); <-done }()
	conn, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	defer conn.Close()
	_, err = io.WriteString(conn, "POST /v1/check HTTP/1.1\r\nHost: x\r\n")
	require.NoError(t, err)
	require.NoError(t, conn.SetReadDeadline(time.Now().Add(10*time.Second)))
	b, err := io.ReadAll(conn) // the server closes it
	require.NoError(t, err)
	assert.False(t, strings.HasPrefix(string(b), "HTTP/1.1 200"), "%s", b)
}
