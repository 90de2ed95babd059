// Package exitmap maps codes to exit statuses for a CLI.
package exitmap

import (
	"errors"
	"os"
)

type CLIError struct {
	ErrorCode string
}

func (e *CLIError) Error() string { return e.ErrorCode }

func Exit(err error) {
	var e *CLIError
	if errors.As(err, &e) && e.ErrorCode == "NOT_FOUND" {
		os.Exit(4)
	}
	os.Exit(1)
}
