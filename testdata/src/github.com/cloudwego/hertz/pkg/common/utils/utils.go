// Package utils is a minimal stand-in for
// github.com/cloudwego/hertz/pkg/common/utils.
package utils

// H is a shortcut for map[string]interface{}.
type H map[string]interface{}
