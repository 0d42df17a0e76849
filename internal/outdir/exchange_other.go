//go:build !linux && !darwin

package outdir

// exchange has no one-step swap of two folders here: Publish moves the old
// report aside, then the new one in.
func exchange(a, b string) error { return errNoExchange }
