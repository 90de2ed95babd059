// Package codes lists the error codes the shop sends.
package codes

// Code is an error code of the shop's API.
type Code string

const (
	Conflict       Code = "CONFLICT"
	RateLimited    Code = "RATE_LIMITED"
	NotFound       Code = "RESOURCE_NOT_FOUND"
	UpstreamBill   Code = "UPSTREAM_BILLING_ERROR"
	OrderMissing   Code = "ORDER_NOT_FOUND" // not in the catalog
	PaymentsFailed Code = "PAYMENTS_DOWN"   // not in the catalog either
)
