package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// table is a TSV file read whole: its header and rows as maps.
type table struct {
	name   string
	header []string
	rows   []map[string]string
}

// readTSV reads a tab-separated file with a header line.
func readTSV(path string) (*table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	t, err := parseTSV(f, path)
	if err != nil {
		return nil, err
	}
	return t, nil
}

func parseTSV(r io.Reader, name string) (*table, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	t := &table{name: name}
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Split(sc.Text(), "\t")
		if line == 1 {
			t.header = fields
			continue
		}
		if len(fields) != len(t.header) {
			return nil, fmt.Errorf("%s:%d: %d fields, the header has %d", name, line, len(fields), len(t.header))
		}
		row := make(map[string]string, len(fields))
		for i, h := range t.header {
			row[h] = strings.TrimSpace(fields[i])
		}
		t.rows = append(t.rows, row)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line, err)
	}
	if line == 0 {
		return nil, fmt.Errorf("%s: empty file", name)
	}
	return t, nil
}
