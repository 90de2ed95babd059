package rawstatus

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

func invalid(w http.ResponseWriter) {
	w.WriteHeader(0) // want `status 0 is not a valid HTTP status \(must be 100–599\)`
}

func created(w http.ResponseWriter) {
	w.WriteHeader(201) // want `raw status 201; use http.StatusCreated`
	json.NewEncoder(w).Encode(map[string]any{"id": 1})
}

func clientClosed(w http.ResponseWriter) {
	w.WriteHeader(499) // want `error status 499 sent without an error code; the catalog has no code for 499` `raw status 499; net/http has no constant for it`
}

func plainError(w http.ResponseWriter) {
	http.Error(w, "busy", 503) // want `error status 503 sent without an error code; the catalog's codes for 503: AUTH_CONFIG_MISSING, DISPATCH_TIMEOUT, GENERATION_CAPACITY_EXCEEDED, GENERATION_INTERRUPTED, LLM_CONFIG_NOT_FOUND and 4 more` `raw status 503; use http\.StatusServiceUnavailable`
}

func plainErrorConst(w http.ResponseWriter) {
	http.Error(w, "teapot", http.StatusTeapot) // want `error status 418 sent without an error code; the catalog has no code for 418`
}

func notFound(w http.ResponseWriter, r *http.Request) {
	http.NotFound(w, r) // want `error status 404 sent without an error code; the catalog's codes for 404: RESOURCE_NOT_FOUND`
}

func statusOnly(w http.ResponseWriter) {
	w.WriteHeader(http.StatusUnauthorized) // want `error status 401 sent without an error code`
}

func statusThenReturn(w http.ResponseWriter, fail bool) {
	if fail {
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusTooManyRequests) // want `error status 429 sent without an error code`
		return
	}
	w.WriteHeader(http.StatusOK)
}

func statusThenText(w http.ResponseWriter) {
	w.WriteHeader(http.StatusBadGateway) // want `error status 502 sent without an error code`
	io.WriteString(w, "upstream failed")
}

func statusThenFprint(w http.ResponseWriter) {
	w.WriteHeader(http.StatusBadGateway) // want `error status 502 sent without an error code`
	fmt.Fprintln(w, "upstream", "failed")
}

func statusThenBytes(w http.ResponseWriter) {
	w.WriteHeader(http.StatusConflict) // want `error status 409 sent without an error code`
	w.Write([]byte("conflict"))
}

func statusThenMap(w http.ResponseWriter) {
	w.WriteHeader(http.StatusInternalServerError) // want `error status 500 sent without an error code; the catalog's codes for 500: INTERNAL_ERROR, STUDIO_AUDIO_EXPORT_FAILED`
	json.NewEncoder(w).Encode(map[string]string{"error": "boom"})
}

func statusThenMarshalled(w http.ResponseWriter) {
	b, _ := json.Marshal(map[string]any{"error": "boom", "retry": true})
	w.WriteHeader(http.StatusInternalServerError) // want `error status 500 sent without an error code`
	w.Write(b)
}

func redirect(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/", 302) // want `raw status 302; use http.StatusFound`
}

func ifAtEnd(w http.ResponseWriter, draining bool) {
	if draining {
		w.WriteHeader(http.StatusServiceUnavailable) // want `error status 503 sent without an error code`
	}
}

func caseAtEnd(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/gone":
		w.WriteHeader(http.StatusGone) // want `error status 410 sent without an error code; the catalog has no code for 410`
	case "/loop":
		for range 3 {
			w.WriteHeader(http.StatusConflict) // may run again: not provably status-only
		}
	default:
		w.WriteHeader(http.StatusNoContent)
	}
	log(r)
}

func ifThenBody(w http.ResponseWriter, bad bool) {
	if bad {
		w.WriteHeader(http.StatusBadRequest) // a body follows the if: not status-only, never paired
	}
	w.Write([]byte("done"))
}

func log(*http.Request) {}
