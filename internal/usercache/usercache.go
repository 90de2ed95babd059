// Package usercache is errlint's directory in the user's cache: what one
// run computes and later runs read back (the standalone driver's fact
// cache, the executable's digest for go vet's handshake, the types of
// other modules' packages under go vet). Everything in
// it is best effort: a cache that cannot be read or written costs only
// time.
package usercache

import (
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// Dir returns errlint's cache directory: $ERRLINT_CACHE, else errlint/ in
// the user's cache directory; "" when ERRLINT_CACHE is "off" or there is
// no cache directory.
func Dir() string {
	switch dir := os.Getenv("ERRLINT_CACHE"); dir {
	case "off":
		return ""
	case "":
		d, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		return filepath.Join(d, "errlint")
	default:
		return dir
	}
}

// Write writes data to path, creating its directory, through a rename:
// a concurrent reader sees the old file or the new one, never part of
// one.
func Write(path string, data []byte) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return
	}
	tmp, err := os.CreateTemp(dir, filepath.Base(path)+"-*.tmp")
	if err != nil {
		return
	}
	_, werr := tmp.Write(data)
	if cerr := tmp.Close(); werr != nil || cerr != nil || os.Rename(tmp.Name(), path) != nil {
		_ = os.Remove(tmp.Name())
	}
}

// Touch marks path as used now, for Trim.
func Touch(path string) {
	now := time.Now()
	_ = os.Chtimes(path, now, now)
}

// trimAge is how long a file no run has used is kept.
const trimAge = 5 * 24 * time.Hour

// Trim removes the files below dir that no run has used (Touch) or
// written for trimAge, at most once a day: the modification time of the
// file "trimmed" in dir says when it last ran. Callers trim Dir() as a
// whole, so that every part of the cache is trimmed.
func Trim(dir string) {
	mark := filepath.Join(dir, "trimmed")
	if fi, err := os.Stat(mark); err == nil && time.Since(fi.ModTime()) < 24*time.Hour {
		return
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return
	}
	_ = os.WriteFile(mark, nil, 0o644)
	_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path == mark {
			return nil
		}
		if fi, err := d.Info(); err == nil && time.Since(fi.ModTime()) > trimAge {
			_ = os.Remove(path)
		}
		return nil
	})
}
