package api

import (
	"github.com/gin-gonic/gin"
	"github.com/gin-gonic/gin/render"
)

// This file has no net/http import: the fixes must add it, once.

func audio(c *gin.Context) {
	if c.Query("legacy") != "" {
		c.Redirect(301, "/studio/v2/audio") // want `raw status 301; use http.StatusMovedPermanently`
		return
	}
	if c.Query("none") != "" {
		c.Status(204) // want `raw status 204; use http.StatusNoContent`
		return
	}
	c.Data(200, "audio/wav", nil) // want `raw status 200; use http.StatusOK`
}

func audioMeta(c *gin.Context) {
	switch c.Query("format") {
	case "yaml":
		c.YAML(503, gin.H{"ok": false, "code": "RATE_LIMITED"}) // want `error code RATE_LIMITED sent with status 503; the catalog says 429` `503 response with retryable error code RATE_LIMITED without a Retry-After header`
	case "toml":
		c.TOML(429, gin.H{"ok": false, "code": "RATE_LIMITED"}) // want `raw status 429; use http.StatusTooManyRequests` `429 response without a Retry-After or rate-limit header`
	case "ascii":
		c.AsciiJSON(503, gin.H{"ok": false, "code": "UPSTREAM_ASSET_STORAGE_EROR"}) // want `raw status 503; use http.StatusServiceUnavailable` `error code "UPSTREAM_ASSET_STORAGE_EROR" is not in the catalog; did you mean UPSTREAM_ASSET_STORAGE_ERROR\?`
	case "jsonp":
		c.JSONP(0, gin.H{"ok": false, "code": "RATE_LIMITED"}) // want `status 0 is not a valid HTTP status`
	case "html":
		c.HTML(200, "meta.tmpl", gin.H{"title": "meta"}) // want `raw status 200; use http.StatusOK`
	case "pb":
		c.ProtoBuf(200, nil) // want `raw status 200; use http.StatusOK`
	case "render":
		c.Render(201, render.Data{ContentType: "text/plain", Data: []byte("ok")}) // want `raw status 201; use http.StatusCreated`
	default:
		c.Status(418) // want `error status 418 sent without an error code; the catalog has no code for 418` `raw status 418`
	}
}
