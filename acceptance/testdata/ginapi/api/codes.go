package api

// Code is an error code of the studio API.
type Code string

// Codes used by the handlers.
const (
	CodeValidation  Code = "VALIDATION_ERROR"
	CodeNotReady    Code = "GENERATION_NOT_READY"
	CodeExportStale Code = "STUDIO_AUDIO_EXPORT_BLOKED" // typo: fixed here, at the declaration
)

const codeRateLimited = "RATE_LIMITED"
