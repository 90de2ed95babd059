// Package v2 registers the registry's codes from another package.
package v2

import (
	"net/http"

	"gocatalog/errcode"
)

var (
	ErrorCodeBlobUnknown = errcode.Register("registry", errcode.ErrorDescriptor{Value: "BLOB_UNKNOWN", Message: "blob unknown to registry", HTTPStatusCode: http.StatusNotFound})
	ErrorCodeDenied      = errcode.Register("registry", errcode.ErrorDescriptor{Value: "DENIED", Message: "requested access to the resource is denied", HTTPStatusCode: http.StatusForbidden})
)
