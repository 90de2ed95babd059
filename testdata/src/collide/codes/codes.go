// Package codes declares integer codes, two of them with one value.
package codes

const (
	ErrCodeTOTPPasscodeUsed = 1025
	ErrCodeAccountLocked    = 4001
)

const ErrorCodeInvalidTimezone = 1025
