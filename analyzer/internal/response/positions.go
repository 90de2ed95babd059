package response

import (
	"go/ast"
	"go/types"
)

// bodyRule says what a framework call does with its body argument, and so
// whether the response it writes can carry an error code.
type bodyRule uint8

const (
	bodyOpaque     bodyRule = iota // a body errlint cannot see into (bytes, templates, readers, redirects)
	bodyNone                       // the call writes the status and nothing else
	bodyLater                      // the status only; a body may follow on the same writer
	bodyText                       // a plain-text body: it cannot carry a code
	bodyStructured                 // the body argument is encoded (JSON, XML, …): look into it
	bodyMessage                    // echo's HTTPError message: text when constant or absent, else structured
)

// A position describes one framework function that writes an HTTP status,
// or (header set) one that sets a response header.
type position struct {
	status  int // index of the status argument; -1 when implied
	implied int // the status written when status is -1
	body    int // index of the body argument; -1 when none
	rule    bodyRule
	keep    bool // a negative status keeps the one already written (gin's c.JSON(-1, …))

	writer  int  // where the response writer is: onReceiver, onHeader, nowhere, or the argument index
	commits bool // the call sends the status; else it only records it for a later body call (gin's c.Status)

	header *headerRole // the call sets a response header and writes no status
}

// Where a row's response writer is, besides an argument index.
const (
	nowhere    = -1 // no writer in hand: the call builds a value (echo.NewHTTPError)
	onReceiver = -2 // the receiver: w.WriteHeader, c.JSON, c.Header
	onHeader   = -3 // the receiver is the writer's http.Header: w.Header().Set
)

// A headerRole says which arguments of a header-setting call are the
// header's name and value.
type headerRole struct{ name, value int }

const (
	ginPkg    = "github.com/gin-gonic/gin"
	echo4Pkg  = "github.com/labstack/echo/v4"
	echo5Pkg  = "github.com/labstack/echo/v5"
	netHTTP   = "net/http"
	writeHdr  = "(net/http.ResponseWriter).WriteHeader"
	encodeFn  = "(*encoding/json.Encoder).Encode"
	newEncode = "encoding/json.NewEncoder"
)

// positions is the table of framework status positions, keyed by
// types.Func.FullName. Argument indices do not count the receiver.
var positions = buildPositions()

func buildPositions() map[string]position {
	p := map[string]position{
		writeHdr:                   {status: 0, body: -1, rule: bodyLater, writer: onReceiver, commits: true},
		"net/http.Error":           {status: 2, body: 1, rule: bodyText, writer: 0, commits: true},
		"net/http.Redirect":        {status: 3, body: -1, rule: bodyOpaque, writer: 0, commits: true},
		"net/http.NotFound":        {status: -1, implied: 404, body: -1, rule: bodyText, writer: 0, commits: true},
		echo4Pkg + ".NewHTTPError": {status: 0, body: 1, rule: bodyMessage, writer: nowhere},
		echo5Pkg + ".NewHTTPError": {status: 0, body: 1, rule: bodyMessage, writer: nowhere},

		// Header setters: no status, a name and a value.
		"(net/http.Header).Set":            {status: -1, body: -1, writer: onHeader, header: &headerRole{0, 1}},
		"(net/http.Header).Add":            {status: -1, body: -1, writer: onHeader, header: &headerRole{0, 1}},
		"(*" + ginPkg + ".Context).Header": {status: -1, body: -1, writer: onReceiver, header: &headerRole{0, 1}},
	}
	gin := map[string]position{
		"JSON":                {status: 0, body: 1, rule: bodyStructured},
		"IndentedJSON":        {status: 0, body: 1, rule: bodyStructured},
		"SecureJSON":          {status: 0, body: 1, rule: bodyStructured},
		"JSONP":               {status: 0, body: 1, rule: bodyStructured},
		"AsciiJSON":           {status: 0, body: 1, rule: bodyStructured},
		"PureJSON":            {status: 0, body: 1, rule: bodyStructured},
		"XML":                 {status: 0, body: 1, rule: bodyStructured},
		"YAML":                {status: 0, body: 1, rule: bodyStructured},
		"TOML":                {status: 0, body: 1, rule: bodyStructured},
		"ProtoBuf":            {status: 0, body: 1, rule: bodyOpaque},
		"String":              {status: 0, body: 1, rule: bodyText},
		"Data":                {status: 0, body: 2, rule: bodyOpaque},
		"HTML":                {status: 0, body: 2, rule: bodyOpaque},
		"Render":              {status: 0, body: 1, rule: bodyOpaque},
		"Redirect":            {status: 0, body: -1, rule: bodyOpaque},
		"Status":              {status: 0, body: -1, rule: bodyLater},
		"AbortWithStatus":     {status: 0, body: -1, rule: bodyNone},
		"AbortWithStatusJSON": {status: 0, body: 1, rule: bodyStructured},
		"AbortWithError":      {status: 0, body: 1, rule: bodyOpaque},
	}
	for name, pos := range gin {
		pos.keep = true
		pos.writer = onReceiver
		pos.commits = name != "Status" // gin sends a status set by c.Status with the first body
		p["(*"+ginPkg+".Context)."+name] = pos
	}
	echo := map[string]position{
		"JSON":       {status: 0, body: 1, rule: bodyStructured},
		"JSONPretty": {status: 0, body: 1, rule: bodyStructured},
		"JSONBlob":   {status: 0, body: 1, rule: bodyOpaque},
		"JSONP":      {status: 0, body: 2, rule: bodyStructured},
		"XML":        {status: 0, body: 1, rule: bodyStructured},
		"XMLPretty":  {status: 0, body: 1, rule: bodyStructured},
		"XMLBlob":    {status: 0, body: 1, rule: bodyOpaque},
		"String":     {status: 0, body: 1, rule: bodyText},
		"HTML":       {status: 0, body: 1, rule: bodyOpaque},
		"HTMLBlob":   {status: 0, body: 1, rule: bodyOpaque},
		"Blob":       {status: 0, body: 2, rule: bodyOpaque},
		"Stream":     {status: 0, body: 2, rule: bodyOpaque},
		"NoContent":  {status: 0, body: -1, rule: bodyNone},
		"Redirect":   {status: 0, body: -1, rule: bodyOpaque},
	}
	for name, pos := range echo {
		pos.writer, pos.commits = onReceiver, true
		p["("+echo4Pkg+".Context)."+name] = pos
		p["(*"+echo5Pkg+".Context)."+name] = pos
	}
	return p
}

// A literalPosition describes a framework struct whose literal writes a
// status: echo's HTTPError.
type literalPosition struct {
	status  string // field holding the status
	message string // field holding the body
}

// literalPositions is keyed by the struct's package path and name.
var literalPositions = map[string]literalPosition{
	echo4Pkg + ".HTTPError": {status: "Code", message: "Message"},
	echo5Pkg + ".HTTPError": {status: "Code", message: "Message"},
}

// accessors are the framework methods, keyed by types.Func.FullName, that
// return the ResponseWriter their receiver holds without writing anything:
// a status written to c.Response() and a body written to c.Response() go
// to the same writer.
var accessors = map[string]bool{
	"(" + echo4Pkg + ".Context).Response":  true,
	"(*" + echo5Pkg + ".Context).Response": true,
}

// contexts are the framework types, keyed by package path and name, whose
// values hold the response writer: handing one to a function hands it the
// writer.
var contexts = map[string]bool{
	ginPkg + ".Context":   true,
	echo4Pkg + ".Context": true,
	echo5Pkg + ".Context": true,
}

// recordingWriters are the writer types, keyed by package path and name,
// whose WriteHeader only records the status: gin's writer sends it with the
// first body write, so a header set in between still goes out with it.
var recordingWriters = map[string]bool{
	ginPkg + ".ResponseWriter": true,
}

// writerUsers are the functions, keyed by types.Func.FullName, that take the
// response writer and set no header: handing the writer to one leaves what
// errlint knows of its headers intact. sends marks those that write a body,
// which sends the status.
var writerUsers = map[string]struct{ sends bool }{
	newEncode:                        {},
	"encoding/xml.NewEncoder":        {},
	"bufio.NewWriter":                {},
	"net/http.MaxBytesReader":        {},
	"net/http.SetCookie":             {}, // Set-Cookie only
	"net/http.NewResponseController": {},
	"fmt.Fprint":                     {sends: true},
	"fmt.Fprintf":                    {sends: true},
	"fmt.Fprintln":                   {sends: true},
	ioWriteString:                    {sends: true},
	"io.Copy":                        {sends: true},
}

// isAccessor reports whether fn is one of the accessors.
func isAccessor(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || !httpPackages[fn.Pkg().Path()] {
		return false
	}
	return accessors[fn.Origin().FullName()]
}

// isHeaderMethod reports whether sel selects a method that reaches or sets
// the response headers only: one that takes nothing and returns an
// http.Header (w.Header()), or a framework header setter (gin's c.Header).
func (x *extractor) isHeaderMethod(sel *ast.SelectorExpr) bool {
	s := x.info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal {
		return false
	}
	fn, ok := s.Obj().(*types.Func)
	if !ok {
		return false
	}
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Params().Len() == 0 && sig.Results().Len() == 1 &&
		isNamed(sig.Results().At(0).Type(), netHTTP, "Header") {
		return true
	}
	p, ok := lookupRow(fn)
	return ok && p.header != nil && p.writer == onReceiver
}

// lookupPosition returns the framework position of fn, if it writes a
// status.
func lookupPosition(fn *types.Func) (position, bool) {
	p, ok := lookupRow(fn)
	if !ok || p.header != nil {
		return position{}, false
	}
	return p, true
}

// lookupRow returns the row of fn in the table: a status position or a
// header setter.
func lookupRow(fn *types.Func) (position, bool) {
	if fn == nil || fn.Pkg() == nil {
		return position{}, false
	}
	if httpPackages[fn.Pkg().Path()] { // FullName allocates: only for the frameworks
		if p, ok := positions[fn.Origin().FullName()]; ok {
			return p, true
		}
	}
	if isWriteHeaderMethod(fn) {
		return positions[writeHdr], true
	}
	return position{}, false
}

// isWriteHeaderMethod reports whether fn is a WriteHeader(int) method of a
// type that implements http.ResponseWriter (a recorder or wrapper), as
// opposed to a method that merely shares the name, like archive/tar's.
func isWriteHeaderMethod(fn *types.Func) bool {
	if fn.Name() != "WriteHeader" {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || sig.Params().Len() != 1 || sig.Results().Len() != 0 {
		return false
	}
	if b, ok := sig.Params().At(0).Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
		return false
	}
	return isResponseWriter(sig.Recv().Type())
}

// isResponseWriter reports whether t (or *t) has the method set of
// http.ResponseWriter: Header() http.Header, Write([]byte) (int, error) and
// WriteHeader(int). It is checked by shape so that no *types.Interface for
// net/http is needed.
func isResponseWriter(t types.Type) bool {
	if _, isPtr := t.(*types.Pointer); !isPtr && !types.IsInterface(t) {
		t = types.NewPointer(t)
	}
	ms := types.NewMethodSet(t)
	header := ms.Lookup(nil, "Header")
	write := ms.Lookup(nil, "Write")
	if header == nil || write == nil || ms.Lookup(nil, "WriteHeader") == nil {
		return false
	}
	hs, ok := header.Type().(*types.Signature)
	if !ok || hs.Params().Len() != 0 || hs.Results().Len() != 1 {
		return false
	}
	if !isNamed(hs.Results().At(0).Type(), netHTTP, "Header") {
		return false
	}
	ws, ok := write.Type().(*types.Signature)
	return ok && ws.Params().Len() == 1 && ws.Results().Len() == 2
}

// isNamed reports whether t is the named type pkg.name.
func isNamed(t types.Type, pkg, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	obj := n.Obj()
	return obj != nil && obj.Name() == name && obj.Pkg() != nil && obj.Pkg().Path() == pkg
}

// httpPackages are the import paths whose presence makes a package worth
// analysing even when it declares no error type and calls no error writer.
var httpPackages = map[string]bool{
	netHTTP:  true,
	ginPkg:   true,
	echo4Pkg: true,
	echo5Pkg: true,
}
