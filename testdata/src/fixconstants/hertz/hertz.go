// Package hertz spells statuses with hertz's consts: status fixes write
// consts.Status*.
package hertz

import (
	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/common/utils"
	"github.com/cloudwego/hertz/pkg/protocol/consts"
)

func ok(c *app.RequestContext) {
	c.JSON(consts.StatusOK, utils.H{"id": 1})
}

func missing(c *app.RequestContext) {
	c.JSON(404, utils.H{"code": "RESOURCE_NOT_FOUND"}) // want `raw status 404; use consts.StatusNotFound`
}
