package outdir

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A symlink in place of the lock file is refused with a clear error; the
// file it points to is not touched (issue 19, item 13).
func TestAcquireRefusesSymlink(t *testing.T) {
	out, elsewhere := t.TempDir(), t.TempDir()
	target := filepath.Join(elsewhere, "precious.txt")
	if err := os.WriteFile(target, []byte("keep me\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, filepath.Join(out, LockName)); err != nil {
		t.Skipf("cannot make a symlink here: %v", err)
	}
	l, err := Acquire(context.Background(), out, 0, nil)
	var nf *NotAFileError
	if !errors.As(err, &nf) || !strings.Contains(err.Error(), "symbolic link") {
		l.Unlock()
		t.Fatalf("Acquire = %v, want a NotAFileError saying it is a symbolic link", err)
	}
	if b, _ := os.ReadFile(target); string(b) != "keep me\n" {
		t.Errorf("the symlink's target now holds %q", b)
	}
	// A dangling one is refused too, and not created.
	os.Remove(target)
	if _, err := Acquire(context.Background(), out, 0, nil); !errors.As(err, &nf) {
		t.Errorf("dangling symlink: Acquire = %v", err)
	}
	if _, err := os.Lstat(target); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the dangling symlink's target was created")
	}
}

func TestAcquireRefusesFolder(t *testing.T) {
	out := t.TempDir()
	if err := os.Mkdir(filepath.Join(out, LockName), 0o755); err != nil {
		t.Fatal(err)
	}
	var nf *NotAFileError
	if _, err := Acquire(context.Background(), out, 0, nil); !errors.As(err, &nf) || nf.What != "a folder" {
		t.Errorf("Acquire = %v, want a NotAFileError for a folder", err)
	}
}
