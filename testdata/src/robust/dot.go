package robust

import . "net/http"

func dot(w ResponseWriter) {
	Error(w, "x", 500) // want `error status 500 sent without an error code` `raw status 500; use http\.StatusInternalServerError`
}
