// Package validate holds a validation error that implements error and has
// a Code field: listed in ignore_types, it is never an error type.
package validate

type FieldError struct {
	Field string
	Code  string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Code }

// Mismatch is recognised by its shape.
type Mismatch struct {
	Code   string
	Status int
}
