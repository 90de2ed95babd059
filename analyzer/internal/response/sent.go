package response

// Sent reports whether the code is sent to a client: it stands in a code
// position of a response (SPEC §13: only those count as sent for init,
// "sends no code" and catalog -usage). A Go catalog's own declaration is
// not sent: it is the catalog. Code positions that only read a code (a
// comparison) are reads, and Sent is where they are told apart.
func (c *Code) Sent() bool { return !c.Decl }
