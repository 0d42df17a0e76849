package outdir

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// writeTree writes files (relative path → contents) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// readTree reads every file under dir.
func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	got := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		got[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var n []string
	for _, e := range entries {
		n = append(n, e.Name())
	}
	return n
}

func TestPublish(t *testing.T) {
	for _, c := range []struct {
		name     string
		previous map[string]string // nil: no previous report
	}{
		{"first report", nil},
		{"replaces the previous one whole", map[string]string{"old.txt": "old", "charts/a.png": "old chart", "figures.json": "old"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := t.TempDir()
			final := filepath.Join(out, "2024")
			if c.previous != nil {
				writeTree(t, final, c.previous)
			}
			staged, err := Stage(out, "2024")
			if err != nil {
				t.Fatal(err)
			}
			want := map[string]string{"figures.json": "new", "charts/a.png": "new chart"}
			writeTree(t, staged, want)
			if err := Publish(staged, final); err != nil {
				t.Fatal(err)
			}
			if got := readTree(t, final); !mapsEqual(got, want) {
				t.Errorf("published %v, want %v", got, want)
			}
			if n := names(t, out); !slices.Equal(n, []string{"2024"}) {
				t.Errorf("output folder holds %v, want only 2024", n)
			}
		})
	}
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func TestRemoveStale(t *testing.T) {
	out := t.TempDir()
	writeTree(t, out, map[string]string{
		"2024/figures.json":                   "published",
		".2024.tmp-123/figures.json":          "half written",
		".2024.tmp-456/2024/figures.json":     "staged whole",
		".2023.tmp-old-1-2/figures.json":      "2023, moved aside by a run killed before the new one went in",
		".2022.tmp-old-1-2/figures.json":      "2022's previous report, already replaced",
		"2022/figures.json":                   "2022",
		".notes.tmp-1":                        "a user's file: not ours, kept",
		".hidden/x":                           "kept",
		"2025/.partial.tmp-9/figures.json":    "inside a report: not looked at",
		".ctreport.lock":                      "1",
		".latest.tmp-77/never-a-dir-but-fine": "x",
	})
	if err := os.Symlink("2024", filepath.Join(out, ".latest.tmp-5-6")); err != nil {
		t.Fatal(err)
	}
	removed, err := RemoveStale(out)
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(removed)
	wantRemoved := []string{".2022.tmp-old-1-2", ".2024.tmp-123", ".2024.tmp-456", ".latest.tmp-5-6", ".latest.tmp-77"}
	if !slices.Equal(removed, wantRemoved) {
		t.Errorf("removed %v, want %v", removed, wantRemoved)
	}
	wantLeft := []string{".ctreport.lock", ".hidden", ".notes.tmp-1", "2022", "2023", "2024", "2025"}
	if n := names(t, out); !slices.Equal(n, wantLeft) {
		t.Errorf("left %v, want %v", n, wantLeft)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "2023", "figures.json")); string(b) == "" {
		t.Error("the 2023 report moved aside was not put back")
	}
}

func TestPointLatest(t *testing.T) {
	if latestIsFile {
		t.Skip("latest is a text file here: TestPointLatestFile")
	}
	out := t.TempDir()
	writeTree(t, out, map[string]string{"2023/a": "2023", "2024/a": "2024"})
	for _, label := range []string{"2023", "2024"} {
		if err := PointLatest(out, label); err != nil {
			t.Fatal(err)
		}
		target, err := os.Readlink(filepath.Join(out, LatestName))
		if err != nil || target != label {
			t.Errorf("latest -> %q (%v), want %q", target, err, label)
		}
		if b, err := os.ReadFile(filepath.Join(out, LatestName, "a")); err != nil || string(b) != label {
			t.Errorf("latest/a = %q (%v), want %q", b, err, label)
		}
	}
	if n := names(t, out); !slices.Equal(n, []string{"2023", "2024", "latest"}) {
		t.Errorf("output folder holds %v", n)
	}
}

func TestAcquire(t *testing.T) {
	out := t.TempDir()
	ctx := context.Background()
	first, err := Acquire(ctx, out, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	// flock locks belong to the open file, so a second open in this same
	// process is refused as another process would be.
	waitedFor := -1
	start := time.Now()
	_, err = Acquire(ctx, out, 100*time.Millisecond, func(holder int) { waitedFor = holder })
	var le *LockedError
	if !errors.As(err, &le) || le.Holder != os.Getpid() {
		t.Fatalf("second lock: %v, want a LockedError naming pid %d", err, os.Getpid())
	}
	if waitedFor != os.Getpid() {
		t.Errorf("waiting was told holder %d, want %d", waitedFor, os.Getpid())
	}
	if el := time.Since(start); el < 100*time.Millisecond || el > 2*time.Second {
		t.Errorf("gave up after %v, want about 100ms", el)
	}

	cctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if _, err := Acquire(cctx, out, time.Minute, nil); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("cancelled wait: %v, want the context's error", err)
	}

	// Released while another waits: the waiter gets it.
	go func() {
		time.Sleep(50 * time.Millisecond)
		first.Unlock()
	}()
	second, err := Acquire(ctx, out, 5*time.Second, nil)
	if err != nil {
		t.Fatalf("after unlock: %v", err)
	}
	second.Unlock()
}

// Something other than ctreport's own pointer where latest goes is an
// error naming it; ctreport's symlink, or nothing, is fine.
func TestCheckLatest(t *testing.T) {
	out := t.TempDir()
	if err := CheckLatest(out); err != nil {
		t.Errorf("no latest yet: %v", err)
	}
	if err := os.MkdirAll(filepath.Join(out, "2024"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := PointLatest(out, "2024"); err != nil {
		t.Fatal(err)
	}
	if err := CheckLatest(out); err != nil {
		t.Errorf("ctreport's own latest: %v", err)
	}
	name := LatestName
	if latestIsFile {
		name = LatestFile
	}
	os.Remove(filepath.Join(out, name))
	if err := os.Mkdir(filepath.Join(out, name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := CheckLatest(out); err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Errorf("latest as a folder: %v, want an error saying so", err)
	}
}
