package statusmismatch

import (
	"encoding/json"
	"net/http"
)

type envelope struct {
	OK     bool   `json:"ok"`
	Code   string `json:"code"`
	Detail string `json:"detail"`
}

const codeRL = "RATE_LIMITED"

const statusBusy = 503

// Code is a typed code constant.
type Code string

const CodeConflict Code = "CONFLICT"

func encodeAfterStatus(w http.ResponseWriter) {
	w.WriteHeader(http.StatusServiceUnavailable) // want `error code RATE_LIMITED sent with status 503; the catalog says 429`
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "RATE_LIMITED"})
}

func marshalledAfterStatus(w http.ResponseWriter) {
	b, err := json.Marshal(envelope{Code: string(CodeConflict)})
	if err != nil {
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(400) // want `error code CONFLICT sent with status 400; the catalog says 409`
	w.Write(b)
}

func writerAfterStatus(w http.ResponseWriter) {
	w.WriteHeader(statusBusy) // want `error code RATE_LIMITED sent with status 503; the catalog says 429`
	sendCode(w, codeRL)
}

// sendCode is a code-only writer: its code pairs with a status written before the call.
func sendCode(w http.ResponseWriter, code string) {
	json.NewEncoder(w).Encode(envelope{OK: false, Code: code})
}

func literal() error {
	return &apiError{Status: http.StatusBadRequest, Code: codeRL} // want `error code RATE_LIMITED in statusmismatch.apiError sent with status 400; the catalog says 429`
}

var errBusy = &apiError{Status: 503, Code: "RATE_LIMITED"} // want `error code RATE_LIMITED in statusmismatch.apiError sent with status 503; the catalog says 429`

type apiError struct {
	Status int
	Code   string
}

func (e *apiError) Error() string { return e.Code }

func writer(w http.ResponseWriter) {
	writeError(w, http.StatusConflict, "RESOURCE_NOT_FOUND", "gone") // want `error code RESOURCE_NOT_FOUND sent with status 409; the catalog says 404`
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(envelope{Code: code, Detail: msg})
}

func matching(w http.ResponseWriter) {
	w.WriteHeader(http.StatusTooManyRequests)
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": codeRL})
	writeError(w, http.StatusNotFound, "RESOURCE_NOT_FOUND", "gone")
}

func insideIf(w http.ResponseWriter, busy bool) {
	if busy {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "RATE_LIMITED"}) // not paired: the status is inside the if
}

func branchBetween(w http.ResponseWriter, busy bool) {
	w.WriteHeader(http.StatusServiceUnavailable)
	if busy {
		return
	}
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "RATE_LIMITED"})
}

func otherWriter(w, w2 http.ResponseWriter) {
	w.WriteHeader(http.StatusServiceUnavailable)
	json.NewEncoder(w2).Encode(map[string]any{"ok": false, "code": "RATE_LIMITED"})
}

func variableStatus(w http.ResponseWriter, status int) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"ok": false, "code": "RATE_LIMITED"})
}

func encoderFirst(w http.ResponseWriter) {
	enc := json.NewEncoder(w)
	w.WriteHeader(http.StatusBadGateway) // want `error code RATE_LIMITED sent with status 502; the catalog says 429`
	enc.Encode(map[string]any{"ok": false, "code": "RATE_LIMITED"})
}

func indented(w http.ResponseWriter) {
	w.WriteHeader(http.StatusBadGateway) // want `error code CONFLICT sent with status 502; the catalog says 409`
	b, _ := json.MarshalIndent(envelope{Code: "CONFLICT"}, "", "  ")
	w.Write(b)
}

func throughAlias(w http.ResponseWriter) {
	out := w
	w.WriteHeader(http.StatusBadGateway)
	json.NewEncoder(out).Encode(map[string]any{"ok": false, "code": "RATE_LIMITED"}) // an alias: not paired, and not status-only
}
