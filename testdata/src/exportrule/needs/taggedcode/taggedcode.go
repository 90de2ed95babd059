// Package taggedcode builds error bodies by json name.
package taggedcode

type Problem struct {
	Kind   string `json:"code"`
	Detail string `json:"detail"`
}

var Expired = Problem{Kind: "TOKEN_EXPIRED", Detail: "the token has expired"}

func Body(kind string) map[string]any {
	return map[string]any{"ok": false, "code": kind}
}
