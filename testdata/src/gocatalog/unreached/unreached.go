// Package unreached imports none of the declarations its configuration
// names: its catalog is incomplete, so unknowncode is silent here, while
// rawstatus's rules go on.
package unreached

type apiError struct {
	Code   string
	Status int
}

func (e *apiError) Error() string { return e.Code }

func elsewhere() error {
	return &apiError{Code: "InvalidBucketState", Status: 409} // want `raw status 409; use http.StatusConflict`
}
