// Package row holds look-alikes of error types that are not responses.
package row

// Coupon has a string Code and an integer Status, but its statuses are not
// HTTP statuses.
type Coupon struct {
	Code   string
	Status int
}

// NewCoupon builds a coupon: its status parameter reaches only the Status
// field, so a call with an out-of-range constant is not a response.
func NewCoupon(code string, status int) Coupon {
	return Coupon{Code: code, Status: status}
}
