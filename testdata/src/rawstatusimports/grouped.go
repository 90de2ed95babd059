package rawstatusimports

import (
	"encoding/json"
	"fmt"

	"github.com/gin-gonic/gin"
)

func grouped(c *gin.Context) {
	b, _ := json.Marshal(fmt.Sprint("x"))
	c.Data(201, "application/json", b) // want `raw status 201; use http.StatusCreated`
}
