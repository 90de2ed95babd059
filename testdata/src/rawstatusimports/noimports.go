package rawstatusimports

type response struct {
	Status int    `json:"status"`
	Code   string `json:"code"`
}

var errLocked = response{Status: 423, Code: "LOCKED"} // want `raw status 423; use http.StatusLocked`
