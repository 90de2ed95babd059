package catalog

// AsksToRetry reports whether a default message asks the client to try
// again ("Please try again shortly."): for an entry that is not retryable,
// the catalog contradicts itself (Check reports it).
func AsksToRetry(message string) bool { return retryPhrase.MatchString(message) }
