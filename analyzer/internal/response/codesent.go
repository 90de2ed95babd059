package response

// Sent reports whether the code is sent to a client: it stands in a code
// position of a response (SPEC §13: only those count as sent for init,
// "sends no code" and catalog -usage). A Go catalog's own declaration is
// not sent: it is the catalog; nor is a constant compared with a code
// (Compared, §12): a client reads it.
func (c *Code) Sent() bool { return !c.Decl && !c.Compared }
