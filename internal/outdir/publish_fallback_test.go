package outdir

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var errCrash = errors.New("simulated crash")

// forceRenames makes Publish take the path of systems without an exchange
// rename (Windows) for the rest of the test.
func forceRenames(t *testing.T) {
	t.Helper()
	prev := exchangeOf
	exchangeOf = func(a, b string) error { return errNoExchange }
	t.Cleanup(func() { exchangeOf = prev })
}

// stateOf is what a reader finds under the report's name: "old", "new",
// "none" or "mixed".
func stateOf(t *testing.T, final string, old, new map[string]string) string {
	t.Helper()
	if _, err := os.Lstat(final); errors.Is(err, os.ErrNotExist) {
		return "none"
	}
	switch got := readTree(t, final); {
	case mapsEqual(got, old):
		return "old"
	case mapsEqual(got, new):
		return "new"
	default:
		return fmt.Sprintf("mixed %v", got)
	}
}

// The publish sequence of systems without an exchange rename, stopped as
// a crash would stop it after each of its steps (and in the middle of
// removing the previous report): what a reader sees is the previous
// report or the new one, or for the moment between steps 1 and 2 no
// report; after the next run's RemoveStale it is always one of them,
// whole, and nothing is left behind.
func TestPublishByRenamesCrashAtEachStep(t *testing.T) {
	forceRenames(t)
	old := map[string]string{"figures.json": "old", "charts/a.png": "old chart", "old-only.txt": "x"}
	new := map[string]string{"figures.json": "new", "charts/a.png": "new chart", "charts/b.svg": "new"}
	for _, c := range []struct {
		name         string
		step         int    // crash after this step; 0: no crash
		partial      bool   // crash halfway through removing the previous report
		during       string // what a reader sees right after the crash
		afterRecover string
	}{
		{"no crash", 0, false, "new", "new"},
		{"after moving the previous report aside", 1, false, "none", "old"},
		{"after moving the new report in", 2, false, "new", "new"},
		{"after flushing the folder", 3, false, "new", "new"},
		{"while removing the previous report", 0, true, "new", "new"},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := t.TempDir()
			final := filepath.Join(out, "2024")
			writeTree(t, final, old)
			staged, err := Stage(out, "2024")
			if err != nil {
				t.Fatal(err)
			}
			writeTree(t, staged, new)
			crashPoint = func(step int) error {
				if step == c.step {
					return errCrash
				}
				return nil
			}
			if c.partial {
				removeAll = func(p string) error {
					// Remove one file, then "crash".
					os.Remove(filepath.Join(p, "old-only.txt"))
					return errCrash
				}
			}
			t.Cleanup(func() { crashPoint = func(int) error { return nil }; removeAll = os.RemoveAll })
			err = Publish(staged, final)
			if c.step > 0 && !errors.Is(err, errCrash) {
				t.Fatalf("Publish = %v, want the simulated crash", err)
			}
			if c.step == 0 && err != nil {
				t.Fatalf("Publish: %v", err)
			}
			if got := stateOf(t, final, old, new); got != c.during {
				t.Errorf("right after the crash a reader sees %s, want %s", got, c.during)
			}
			crashPoint, removeAll = func(int) error { return nil }, os.RemoveAll
			if _, err := RemoveStale(out); err != nil {
				t.Fatal(err)
			}
			if got := stateOf(t, final, old, new); got != c.afterRecover {
				t.Errorf("after RemoveStale a reader sees %s, want %s", got, c.afterRecover)
			}
			if n := names(t, out); !slices.Equal(n, []string{"2024"}) {
				t.Errorf("after RemoveStale the folder holds %v, want only 2024", n)
			}
		})
	}
}

// A rename that fails in the sequence (on Windows: a file of the previous
// report open in another program) leaves the previous report published.
func TestPublishByRenamesFailureKeepsPrevious(t *testing.T) {
	forceRenames(t)
	out := t.TempDir()
	final := filepath.Join(out, "2024")
	old := map[string]string{"figures.json": "old"}
	writeTree(t, final, old)
	// A staging folder that is not there: step 2's rename fails.
	err := publishByRenames(filepath.Join(out, ".2024.tmp-gone"), final)
	if err == nil || !strings.Contains(err.Error(), "publishing") {
		t.Fatalf("publishByRenames = %v, want an error", err)
	}
	if got := stateOf(t, final, old, nil); got != "old" {
		t.Errorf("after a failed publish a reader sees %s, want old", got)
	}
	if n := names(t, out); !slices.Equal(n, []string{"2024"}) {
		t.Errorf("the folder holds %v, want only 2024", n)
	}
}

// The latest pointer of Windows, a text file, also works here.
func TestPointLatestFile(t *testing.T) {
	out := t.TempDir()
	writeTree(t, out, map[string]string{"2023/a": "2023", "2024/a": "2024"})
	for _, label := range []string{"2023", "2024"} {
		if err := pointLatestFile(out, label); err != nil {
			t.Fatal(err)
		}
		if b, err := os.ReadFile(filepath.Join(out, LatestFile)); err != nil || string(b) != label+"\n" {
			t.Errorf("%s = %q (%v), want %q", LatestFile, b, err, label+"\n")
		}
	}
	if n := names(t, out); !slices.Equal(n, []string{"2023", "2024", LatestFile}) {
		t.Errorf("output folder holds %v", n)
	}
	// A staging file left by a killed run is cleared.
	writeTree(t, out, map[string]string{".latest.txt.tmp-1-2": "2023\n"})
	if removed, err := RemoveStale(out); err != nil || !slices.Equal(removed, []string{".latest.txt.tmp-1-2"}) {
		t.Errorf("RemoveStale removed %v (%v)", removed, err)
	}
}
