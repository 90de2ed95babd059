package rawstatus

import (
	"errors"
	"io"
	"net/http"
)

// A reader or an error derived from w cannot write to it: the status below
// is status-only (rule 2), not merely a raw literal (rule 3). Found on
// distribution's registry/handlers/helpers.go.
func copyLimited(w http.ResponseWriter, r *http.Request, dst io.Writer) error {
	body := http.MaxBytesReader(w, r.Body, 10)
	_, err := io.Copy(dst, body)
	if err != nil {
		w.WriteHeader(499) // want `error status 499 sent without an error code; the catalog has no code for 499` `raw status 499; net/http has no constant for it`
		println("copy failed: ", err.Error())
		return errors.New("client disconnected")
	}
	return nil
}
