package rawstatus

import (
	"encoding/json"
	"net/http"
)

type apiError struct {
	HTTPStatus int
	ErrorCode  string
}

func (e *apiError) Error() string { return e.ErrorCode }

func writeError(w http.ResponseWriter, status int, code string) {
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(apiError{HTTPStatus: status, ErrorCode: code})
}

func viaWriter(w http.ResponseWriter) {
	writeError(w, 429, "RATE_LIMITED") // want `raw status 429; use http.StatusTooManyRequests`
}

func viaLiteral() error {
	return &apiError{HTTPStatus: 409, ErrorCode: "CONFLICT"} // want `raw status 409; use http.StatusConflict`
}

func precedence(w http.ResponseWriter) {
	writeError(w, 503, "RATE_LIMITED") // statusmismatch's finding: rawstatus stays silent
}

func unknownCode(w http.ResponseWriter) {
	writeError(w, http.StatusTooManyRequests, "RATE_LIMIT") // unknowncode's finding
}

func rangeFirst(w http.ResponseWriter) {
	writeError(w, 1000, "RATE_LIMITED") // want `status 1000 is not a valid HTTP status \(must be 100–599\)`
}
