package rawstatusimports

import "net/http"

var _ = http.StatusOK
