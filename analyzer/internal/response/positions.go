package response

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/errlint/errlint/config"
	"golang.org/x/tools/go/types/typeutil"
)

// bodyRule says what a call does with its body argument, and so whether
// the response it writes can carry an error code.
type bodyRule uint8

const (
	bodyOpaque     bodyRule = iota // a body errlint cannot see into (bytes, templates, readers, redirects)
	bodyNone                       // the call writes the status and nothing else
	bodyLater                      // the status only; a body may follow on the same writer (or request)
	bodyText                       // a plain-text body: it cannot carry a code
	bodyStructured                 // the body argument is encoded (JSON, XML, …): look into it
	bodyMessage                    // echo's HTTPError message: text when constant or absent, else structured
	bodyConst                      // bytes or text: text when every argument from body on is a constant (w.Write, fmt.Fprint), structured when it was json.Marshal(v)
)

// A position is one row of the knowledge table (§6): what a function,
// method or package-level variable of function type does to an HTTP
// response. Every role is optional. Argument indices do not count the
// receiver.
type position struct {
	status  int // index of the status argument; -1 when implied or none
	implied int // the status written when status is -1; 0: the call writes no status of its own
	body    int // index of the body argument; -1 when none
	rule    bodyRule
	keep    bool // a negative status keeps the one already written (gin's c.JSON(-1, …))
	code    arg  // the code argument of a constructor (kratos' errors.New(code, reason, msg))

	writer  int  // where the response writer is: onReceiver, onHeader, nowhere, or the argument index
	request arg  // a request argument that carries a status recorded earlier (render.Status(r, s), render.JSON(w, r, v))
	chains  bool // the call returns its receiver: c.Status(404).JSON(v) is a body call on c
	wraps   arg  // the call returns a value writing to this argument (json.NewEncoder(w))
	encodes arg  // the call returns the encoding of this argument (json.Marshal(v)): bytes of it written later are a structured body
	commits bool // the call sends the status (a recorded one, for a call with no status of its own); else it only records it
	field   bool // an error writer's status parameter reaches only status fields of error types recognised by their shape

	header *headerRole // the call sets a response header and writes no status
}

// arg is an optional argument index: the zero value is none.
type arg int

// argAt returns the arg at index i.
func argAt(i int) arg { return arg(i + 1) }

// index returns the argument index of a, or -1 when none.
func (a arg) index() int { return int(a) - 1 }

// of returns the argument a names in call, or nil.
func (a arg) of(call *ast.CallExpr) ast.Expr {
	if i := a.index(); i >= 0 && i < len(call.Args) {
		return call.Args[i]
	}
	return nil
}

// writesStatus reports whether the row writes (or records) a status of its
// own: an argument, or an implied one.
func (p position) writesStatus() bool {
	return p.header == nil && (p.status >= 0 || p.implied != 0)
}

// sendsRecorded reports whether the row sends a body with the status
// recorded earlier on its writer or request (fiber's c.JSON(v), render.JSON,
// json.NewEncoder(w).Encode, w.Write, fmt.Fprint(w, …)).
func (p position) sendsRecorded() bool {
	return p.header == nil && !p.writesStatus() && p.commits
}

// Where a row's response writer is, besides an argument index.
const (
	nowhere    = -1 // no writer in hand: the call builds a value (echo.NewHTTPError)
	onReceiver = -2 // the receiver: w.WriteHeader, c.JSON, c.Header
	onHeader   = -3 // the receiver is the writer's http.Header: w.Header().Set
	byArgType  = -4 // the first argument of a response writer or framework context type: an error writer's
)

// A headerRole says which arguments of a header-setting call are the
// header's name and value.
type headerRole struct{ name, value int }

const (
	ginPkg       = "github.com/gin-gonic/gin"
	echo4Pkg     = "github.com/labstack/echo/v4"
	echo5Pkg     = "github.com/labstack/echo/v5"
	fiber2Pkg    = "github.com/gofiber/fiber/v2"
	fiber3Pkg    = "github.com/gofiber/fiber/v3"
	renderPkg    = "github.com/go-chi/render"
	humaPkg      = "github.com/danielgtaylor/huma/v2"
	humaAdapters = humaPkg + "/adapters/"
	kratosPkg    = "github.com/go-kratos/kratos/v2/errors"
	hertzPkg     = "github.com/cloudwego/hertz/pkg/app"
	hertzCons    = "github.com/cloudwego/hertz/pkg/protocol/consts"
	netHTTP      = "net/http"
	writeHdr     = "(net/http.ResponseWriter).WriteHeader"
	writeBody    = "(net/http.ResponseWriter).Write"
)

// positions is the knowledge table, keyed by types.Func.FullName (or
// pkgpath.Name for a package-level variable of function type). Argument
// indices do not count the receiver.
var positions = buildPositions()

func buildPositions() map[string]position {
	header := func(writer int) position {
		return position{status: -1, body: -1, writer: writer, header: &headerRole{0, 1}}
	}
	// sends is a body call that sends the status recorded before it.
	sends := func(writer, body int, rule bodyRule) position {
		return position{status: -1, body: body, rule: rule, writer: writer, commits: true}
	}
	p := map[string]position{
		writeHdr:                   {status: 0, body: -1, rule: bodyLater, writer: onReceiver, commits: true},
		"net/http.Error":           {status: 2, body: 1, rule: bodyText, writer: 0, commits: true},
		"net/http.Redirect":        {status: 3, body: -1, rule: bodyOpaque, writer: 0, commits: true},
		"net/http.NotFound":        {status: -1, implied: 404, body: -1, rule: bodyText, writer: 0, commits: true},
		echo4Pkg + ".NewHTTPError": {status: 0, body: 1, rule: bodyMessage, writer: nowhere},
		echo5Pkg + ".NewHTTPError": {status: 0, body: 1, rule: bodyMessage, writer: nowhere},

		// Bodies written to a writer after its status.
		writeBody:                         sends(onReceiver, 0, bodyConst),
		"io.WriteString":                  sends(0, 1, bodyConst),
		"fmt.Fprint":                      sends(0, 1, bodyConst),
		"fmt.Fprintln":                    sends(0, 1, bodyConst),
		"fmt.Fprintf":                     sends(0, 1, bodyConst),
		"(*encoding/json.Encoder).Encode": sends(onReceiver, 0, bodyStructured),
		"encoding/json.NewEncoder":        {status: -1, body: -1, writer: nowhere, wraps: argAt(0)},
		"encoding/json.Marshal":           {status: -1, body: -1, writer: nowhere, encodes: argAt(0)},
		"encoding/json.MarshalIndent":     {status: -1, body: -1, writer: nowhere, encodes: argAt(0)},

		// Header setters: no status, a name and a value.
		"(net/http.Header).Set":            header(onHeader),
		"(net/http.Header).Add":            header(onHeader),
		"(*" + ginPkg + ".Context).Header": header(onReceiver),

		// go-chi/render: a status recorded on the request, sent by the
		// body call on the same request.
		renderPkg + ".Status":           {status: 1, body: -1, rule: bodyLater, writer: nowhere, request: argAt(0)},
		renderPkg + ".JSON":             {status: -1, body: 2, rule: bodyStructured, writer: 0, request: argAt(1), commits: true},
		renderPkg + ".XML":              {status: -1, body: 2, rule: bodyStructured, writer: 0, request: argAt(1), commits: true},
		renderPkg + ".Render":           {status: -1, body: 2, rule: bodyStructured, writer: 0, request: argAt(1), commits: true},
		renderPkg + ".PlainText":        {status: -1, body: 2, rule: bodyText, writer: 0, request: argAt(1), commits: true},
		renderPkg + ".HTML":             {status: -1, body: 2, rule: bodyOpaque, writer: 0, request: argAt(1), commits: true},
		renderPkg + ".Data":             {status: -1, body: 2, rule: bodyOpaque, writer: 0, request: argAt(1), commits: true},
		renderPkg + ".NoContent":        {status: -1, body: -1, rule: bodyNone, writer: 0, request: argAt(1), commits: true},
		renderPkg + ".Respond":          {status: -1, body: 2, rule: bodyStructured, writer: 0, request: argAt(1), commits: true}, // a variable of function type
		renderPkg + ".DefaultResponder": {status: -1, body: 2, rule: bodyStructured, writer: 0, request: argAt(1), commits: true},

		// huma: error values with opaque bodies (its NewError is replaceable).
		humaPkg + ".NewError":                    {status: 0, body: 1, rule: bodyOpaque, writer: nowhere},
		humaPkg + ".WriteErr":                    {status: 2, body: 3, rule: bodyOpaque, writer: 1, commits: true},
		"(" + humaPkg + ".Context).SetHeader":    header(onReceiver),
		"(" + humaPkg + ".Context).AppendHeader": header(onReceiver),

		// kratos errors: the status is the HTTP status, the reason the code.
		kratosPkg + ".New":    {status: 0, body: 2, rule: bodyText, code: argAt(1), writer: nowhere},
		kratosPkg + ".Newf":   {status: 0, body: 2, rule: bodyText, code: argAt(1), writer: nowhere},
		kratosPkg + ".Errorf": {status: 0, body: 2, rule: bodyText, code: argAt(1), writer: nowhere},
	}
	for name, status := range map[string]int{
		"Error400BadRequest": 400, "Error401Unauthorized": 401, "Error403Forbidden": 403,
		"Error404NotFound": 404, "Error405MethodNotAllowed": 405, "Error406NotAcceptable": 406,
		"Error409Conflict": 409, "Error410Gone": 410, "Error412PreconditionFailed": 412,
		"Error415UnsupportedMediaType": 415, "Error422UnprocessableEntity": 422,
		"Error429TooManyRequests": 429, "Error500InternalServerError": 500,
		"Error501NotImplemented": 501, "Error502BadGateway": 502,
		"Error503ServiceUnavailable": 503, "Error504GatewayTimeout": 504,
	} {
		p[humaPkg+"."+name] = position{status: -1, implied: status, body: 0, rule: bodyOpaque, writer: nowhere}
	}
	for name, status := range map[string]int{
		"BadRequest": 400, "Unauthorized": 401, "Forbidden": 403, "NotFound": 404,
		"Conflict": 409, "ClientClosed": 499, "InternalServer": 500,
		"ServiceUnavailable": 503, "GatewayTimeout": 504,
	} {
		p[kratosPkg+"."+name] = position{status: -1, implied: status, body: 1, rule: bodyText, code: argAt(0), writer: nowhere}
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
		"Render":     {status: 0, body: 2, rule: bodyOpaque}, // a template and its data
	}
	for name, pos := range echo {
		pos.writer, pos.commits = onReceiver, true
		p["("+echo4Pkg+".Context)."+name] = pos
		p["(*"+echo5Pkg+".Context)."+name] = pos
	}
	// fiber: c.Status records the status and returns c (chains); the body
	// calls send it. v2's Ctx is a struct, v3's an interface.
	fiber := map[string]position{
		"Status":     {status: 0, body: -1, rule: bodyLater, chains: true},
		"SendStatus": {status: 0, body: -1, rule: bodyText, commits: true}, // fiber sends the status text
		"JSON":       sends(onReceiver, 0, bodyStructured),
		"XML":        sends(onReceiver, 0, bodyStructured),
		"SendString": sends(onReceiver, 0, bodyText),
		"Send":       sends(onReceiver, 0, bodyOpaque),
		"Set":        header(onReceiver),
	}
	for name, pos := range fiber {
		pos.writer = onReceiver
		p["(*"+fiber2Pkg+".Ctx)."+name] = pos
		p["("+fiber3Pkg+".Ctx)."+name] = pos
	}
	p[fiber2Pkg+".NewError"] = position{status: 0, body: 1, rule: bodyMessage, writer: nowhere}
	p[fiber3Pkg+".NewError"] = position{status: 0, body: 1, rule: bodyMessage, writer: nowhere}
	// hertz buffers the whole response until the handler returns: its
	// calls record the status, and a header set after them still goes out.
	hertz := map[string]position{
		"JSON":                {status: 0, body: 1, rule: bodyStructured},
		"String":              {status: 0, body: 1, rule: bodyText},
		"Status":              {status: 0, body: -1, rule: bodyLater},
		"SetStatusCode":       {status: 0, body: -1, rule: bodyLater},
		"AbortWithStatus":     {status: 0, body: -1, rule: bodyNone},
		"AbortWithStatusJSON": {status: 0, body: 1, rule: bodyStructured},
		"Header":              header(onReceiver),
	}
	for name, pos := range hertz {
		pos.writer = onReceiver
		p["(*"+hertzPkg+".RequestContext)."+name] = pos
	}
	return p
}

// A member names a function, method or package-level variable within its
// package: the receiver's type name ("" for none), whether the receiver is
// a pointer, and the name. Built from an object without allocating.
type member struct {
	recv string
	ptr  bool
	name string
}

// rows is the knowledge table indexed by package path, then member: a
// lookup allocates nothing, and a package without rows costs one map
// lookup.
var rows = indexMembers(positions)

// parseFullName splits a full name as go/types prints it ("pkg.F",
// "(pkg.T).M", "(*pkg.T).M") into its package path and member.
func parseFullName(full string) (pkg string, m member, ok bool) {
	if strings.HasPrefix(full, "(") {
		ptr := strings.HasPrefix(full, "(*")
		i := strings.Index(full, ").")
		if i < 0 {
			return "", member{}, false
		}
		recv := strings.TrimPrefix(strings.TrimPrefix(full[:i], "("), "*")
		dot := strings.LastIndex(recv, ".")
		if dot <= 0 || dot == len(recv)-1 || i+2 == len(full) {
			return "", member{}, false
		}
		return recv[:dot], member{recv: recv[dot+1:], ptr: ptr, name: full[i+2:]}, true
	}
	dot := strings.LastIndex(full, ".")
	if dot <= 0 || dot == len(full)-1 || strings.Contains(full[dot:], "/") {
		return "", member{}, false
	}
	return full[:dot], member{name: full[dot+1:]}, true
}

// userRows are the configuration's writers: entries: error writers' rows
// of the knowledge table, indexed like the framework rows (package path,
// then member) and looked up the same way, with the entries they come from
// (to name one whose indices are wrong).
type userRows struct {
	rows    map[string]map[member]position
	entries map[string]map[member]config.Writer
}

// newUserRows indexes the entries that describe a writer. An entry whose
// name is no full name can match no function and is left out.
func newUserRows(ws []config.Writer) userRows {
	out := userRows{rows: map[string]map[member]position{}, entries: map[string]map[member]config.Writer{}}
	for _, e := range ws {
		status, code, body := -1, -1, -1
		if e.Status != nil {
			status = *e.Status
		}
		if e.Code != nil {
			code = *e.Code
		}
		if e.Body != nil {
			body = *e.Body
		}
		w := errorWriterRow(status, code, body, e.Carries, false)
		pkg, m, ok := parseFullName(e.Func)
		if !ok || !w.isErrorWriter() {
			continue
		}
		if out.rows[pkg] == nil {
			out.rows[pkg] = map[member]position{}
			out.entries[pkg] = map[member]config.Writer{}
		}
		out.rows[pkg][m] = w
		out.entries[pkg][m] = e
	}
	return out
}

// rowOf returns the row of fn's writers: entry, and the entry, if the
// configuration has one.
func (u userRows) rowOf(fn *types.Func) (position, config.Writer, bool) {
	if len(u.rows) == 0 || fn == nil {
		return position{}, config.Writer{}, false
	}
	p, ok := lookupMember(u.rows, fn)
	if !ok {
		return position{}, config.Writer{}, false
	}
	e, _ := lookupMember(u.entries, fn)
	return p, e, true
}

// lookupMember returns what index holds for obj, by package path and
// member: the one lookup of the knowledge table, for framework rows and
// writers: entries alike. It allocates nothing.
func lookupMember[T any](index map[string]map[member]T, obj types.Object) (T, bool) {
	var zero T
	if obj == nil || obj.Pkg() == nil {
		return zero, false
	}
	byMember, ok := index[obj.Pkg().Path()]
	if !ok {
		return zero, false
	}
	m, ok := memberOf(obj)
	if !ok {
		return zero, false
	}
	v, ok := byMember[m]
	return v, ok
}

// memberOf returns the member obj is: a function or method, or a
// package-level variable (of function type, when called).
func memberOf(obj types.Object) (member, bool) {
	switch o := obj.(type) {
	case *types.Func:
		o = o.Origin()
		sig, ok := o.Type().(*types.Signature)
		if !ok {
			return member{}, false
		}
		r := sig.Recv()
		if r == nil {
			return member{name: o.Name()}, true
		}
		t, ptr := r.Type(), false
		if p, ok := t.(*types.Pointer); ok {
			t, ptr = p.Elem(), true
		}
		n, ok := types.Unalias(t).(*types.Named)
		if !ok {
			return member{}, false
		}
		return member{recv: n.Obj().Name(), ptr: ptr, name: o.Name()}, true
	case *types.Var:
		if o.Pkg() == nil || o.Parent() != o.Pkg().Scope() {
			return member{}, false
		}
		return member{name: o.Name()}, true
	}
	return member{}, false
}

// tableRow returns the row the table holds for obj, by package path and
// member.
func tableRow(obj types.Object) (position, bool) {
	return lookupMember(rows, obj)
}

// rowOf returns the row of obj (a function, method or package-level
// variable of function type) in the knowledge table: a framework row, a
// method WriteHeader or Write of a type implementing http.ResponseWriter.
func rowOf(obj types.Object) (position, bool) {
	fn, isFunc := obj.(*types.Func)
	if obj == nil || isFunc && fn == nil {
		return position{}, false // no callee: a call of a function value
	}
	if p, ok := tableRow(obj); ok {
		return p, true
	}
	if !isFunc {
		return position{}, false
	}
	switch {
	case isWriterMethod(fn, "WriteHeader", types.IsInteger):
		return positions[writeHdr], true
	case isWriterMethod(fn, "Write", 0):
		return positions[writeBody], true
	}
	return position{}, false
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
	fiber2Pkg + ".Error":    {status: "Code", message: "Message"},
	fiber3Pkg + ".Error":    {status: "Code", message: "Message"},
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
	ginPkg + ".Context":          true,
	echo4Pkg + ".Context":        true,
	echo5Pkg + ".Context":        true,
	fiber2Pkg + ".Ctx":           true,
	fiber3Pkg + ".Ctx":           true,
	humaPkg + ".Context":         true,
	hertzPkg + ".RequestContext": true,
}

// statusConstants is the knowledge table's column of status constants: the
// packages, besides net/http, that declare a framework's own status
// constants under net/http's names (fiber.StatusTooManyRequests). A status
// fix in a file that already spells statuses with one of them spells its
// status the same way (§13); net/http is the fallback.
var statusConstants = map[string]bool{
	fiber2Pkg: true,
	fiber3Pkg: true,
	hertzCons: true,
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
	"encoding/xml.NewEncoder":        {},
	"bufio.NewWriter":                {},
	"net/http.MaxBytesReader":        {},
	"net/http.SetCookie":             {}, // Set-Cookie only
	"net/http.NewResponseController": {},
	"io.Copy":                        {sends: true},
}

// noReturns are the functions, keyed like positions, whose calls never
// return besides the builtin panic and the exit rows of clientRoles: a
// path that ends in one sends no response, for the headers step's
// control-flow graphs.
var noReturns = indexMembers(map[string]bool{
	"runtime.Goexit": true,
	"log.Panic":      true,
	"log.Panicf":     true,
	"log.Panicln":    true,
})

// neverReturns reports whether a call of fn never returns: a noReturns
// row, or a row that ends the process (os.Exit, log.Fatal*).
func neverReturns(fn *types.Func) bool {
	if _, ok := lookupMember(noReturns, fn); ok {
		return true
	}
	role, _ := lookupMember(clientRoles, fn)
	return role == roleExit || role == roleExit1
}

// commitMethods are the methods, by name, that send the status when called
// on a response writer or a framework context of any type (a recorder's or
// a wrapper's too): body writes, gin's WriteHeaderNow, and Flush.
var commitMethods = map[string]bool{
	"Write":          true,
	"WriteString":    true,
	"WriteHeaderNow": true,
	"Flush":          true,
}

// isCommitMethod reports whether fn is one of the commitMethods; the caller
// checks that its receiver is a response writer.
func isCommitMethod(fn *types.Func) bool {
	return commitMethods[fn.Name()]
}

// isHeaderType reports whether t is net/http's Header.
func isHeaderType(t types.Type) bool {
	return t != nil && isNamed(t, netHTTP, "Header")
}

// isHeaderAccessor reports whether sel selects a method taking nothing and
// returning an http.Header (w.Header()).
func isHeaderAccessor(info *types.Info, sel *ast.SelectorExpr) bool {
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal {
		return false
	}
	sig, ok := s.Obj().Type().(*types.Signature)
	return ok && sig.Params().Len() == 0 && sig.Results().Len() == 1 && isHeaderType(sig.Results().At(0).Type())
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
	p, ok := rowOf(fn)
	return ok && p.header != nil && p.writer == onReceiver
}

// lookupPosition returns the row of fn, if it writes or records a status.
// It is asked of every call: it skips rowOf's check of Write methods,
// which builds a method set and writes no status anyway.
func lookupPosition(fn *types.Func) (position, bool) {
	if fn == nil {
		return position{}, false
	}
	p, ok := tableRow(fn)
	if !ok && isWriterMethod(fn, "WriteHeader", types.IsInteger) {
		p, ok = positions[writeHdr], true
	}
	if !ok || !p.writesStatus() {
		return position{}, false
	}
	return p, true
}

// isWriterMethod reports whether fn is a method called name with one
// parameter (an integer when kind is types.IsInteger, else []byte) of a
// type that implements http.ResponseWriter (a recorder or wrapper), as
// opposed to a method that merely shares the name, like archive/tar's
// WriteHeader.
func isWriterMethod(fn *types.Func, name string, kind types.BasicInfo) bool {
	if fn.Name() != name {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || sig.Params().Len() != 1 {
		return false
	}
	if kind != 0 {
		if b, ok := sig.Params().At(0).Type().Underlying().(*types.Basic); !ok || b.Info()&kind == 0 || sig.Results().Len() != 0 {
			return false
		}
	} else if _, ok := sig.Params().At(0).Type().Underlying().(*types.Slice); !ok || sig.Results().Len() != 2 {
		return false
	}
	return isResponseWriter(sig.Recv().Type())
}

// ioWriter is io.Writer's method set, built here so that no package needs
// to import io for it to be found.
var ioWriter = types.NewInterfaceType([]*types.Func{
	types.NewFunc(token.NoPos, nil, "Write", types.NewSignatureType(nil, nil, nil,
		types.NewTuple(types.NewVar(token.NoPos, nil, "p", types.NewSlice(types.Typ[types.Byte]))),
		types.NewTuple(types.NewVar(token.NoPos, nil, "n", types.Typ[types.Int]), types.NewVar(token.NoPos, nil, "err", types.Universe.Lookup("error").Type())),
		false)),
}, nil).Complete()

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
	netHTTP:   true,
	ginPkg:    true,
	echo4Pkg:  true,
	echo5Pkg:  true,
	fiber2Pkg: true,
	fiber3Pkg: true,
	renderPkg: true,
	humaPkg:   true,
	kratosPkg: true,
	hertzPkg:  true,
}

// A flowKind says what a function does to an error value, for the flow
// step (flow.go, values.go, sent.go): it keeps the value (fmt.Errorf with
// %w, errors.Join: errors.As still finds it), finds an error type in it
// (errors.As), or tests it for a sentinel (errors.Is).
type flowKind uint8

const (
	flowNone flowKind = iota
	flowWraps
	flowAs
	flowIs
)

// flowFuncs is the flow step's part of the knowledge table, keyed like
// positions.
var flowFuncs = indexMembers(map[string]flowKind{
	"fmt.Errorf":  flowWraps,
	"errors.Join": flowWraps,
	"errors.As":   flowAs,
	"errors.Is":   flowIs,
})

// indexMembers indexes a table keyed by full name by package path, then
// member, as rows are.
func indexMembers[T any](table map[string]T) map[string]map[member]T {
	out := map[string]map[member]T{}
	for full, v := range table {
		pkg, m, ok := parseFullName(full)
		if !ok {
			panic("response: bad full name in the knowledge table: " + full)
		}
		if out[pkg] == nil {
			out[pkg] = map[member]T{}
		}
		out[pkg][m] = v
	}
	return out
}

// flowKindOf returns what the function call calls does to an error value.
func flowKindOf(info *types.Info, call *ast.CallExpr) flowKind {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return flowNone
	}
	k, _ := lookupMember(flowFuncs, fn)
	return k
}

// neverSent are the functions an error value passed to is no response
// (§11 "Values that are never sent"), keyed like positions: log output
// (every argument: -1) and template data (the data argument), rendered
// with the status recorded before, 200 unless one was.
var neverSent = indexMembers(map[string]int{
	"log.Print":                         -1,
	"log.Printf":                        -1,
	"log.Println":                       -1,
	"log.Fatal":                         -1,
	"log.Fatalf":                        -1,
	"log.Fatalln":                       -1,
	"log.Panic":                         -1,
	"log.Panicf":                        -1,
	"log.Panicln":                       -1,
	"(*log.Logger).Print":               -1,
	"(*log.Logger).Printf":              -1,
	"(*log.Logger).Println":             -1,
	"log/slog.Debug":                    -1,
	"log/slog.Info":                     -1,
	"log/slog.Warn":                     -1,
	"log/slog.Error":                    -1,
	"log/slog.Any":                      -1,
	"(*log/slog.Logger).Debug":          -1,
	"(*log/slog.Logger).Info":           -1,
	"(*log/slog.Logger).Warn":           -1,
	"(*log/slog.Logger).Error":          -1,
	"(*html/template.Template).Execute": 1,
	"(*html/template.Template).ExecuteTemplate": 2,
	"(*text/template.Template).Execute":         1,
	"(*text/template.Template).ExecuteTemplate": 2,
})

// An errorHandlerRow describes a framework's error handler (§11, §13): the
// function the framework calls with the error a handler returns. Where a
// package creates the app (app, a constructor) it sees which handler is
// installed: the function assigned to the install field (of the
// framework's type, by assignment or in a literal), else the default,
// named for messages, which sets no header of §7's. Handlers are the
// functions of the handler type; the error type's status field is its row
// in literalPositions. A framework may have several constructors (echo
// v5's New and NewWithConfig) and several fields installing the handler
// (echo v5's Echo.HTTPErrorHandler and Config.HTTPErrorHandler). A
// framework whose handlers have no named type registers them through
// functions (huma's Register, Get, …: register, the handler argument's
// index), and one whose error values are built by a replaceable package
// variable (huma's NewError) installs by assigning it ("pkgpath.Var"):
// any replacement makes the writer one errlint does not read. An error
// type that is an interface (huma's StatusError) has no row in
// literalPositions: status names how its values record their status.
type errorHandlerRow struct {
	app      []string       // the app's constructors, full names
	install  []string       // the fields installing a handler: "pkgpath.Type.Field", or variables: "pkgpath.Var"
	handler  string         // the handler function type, "pkgpath.Name"
	register map[string]int // functions registering a handler, full names → the handler argument
	fallback string         // the default handler, as a message names it
	status   string         // an interface error type's: the status's name in its values
}

// errorHandlers are the frameworks' error handlers, keyed by the error
// type they write.
var errorHandlers = map[string]errorHandlerRow{
	echo4Pkg + ".HTTPError": {app: []string{echo4Pkg + ".New"}, install: []string{echo4Pkg + ".Echo.HTTPErrorHandler"}, handler: echo4Pkg + ".HandlerFunc", fallback: "echo's default HTTPErrorHandler"},
	echo5Pkg + ".HTTPError": {app: []string{echo5Pkg + ".New", echo5Pkg + ".NewWithConfig"}, install: []string{echo5Pkg + ".Echo.HTTPErrorHandler", echo5Pkg + ".Config.HTTPErrorHandler"}, handler: echo5Pkg + ".HandlerFunc", fallback: "echo's default HTTPErrorHandler"},
	fiber2Pkg + ".Error":    {app: []string{fiber2Pkg + ".New"}, install: []string{fiber2Pkg + ".Config.ErrorHandler"}, handler: fiber2Pkg + ".Handler", fallback: "fiber's DefaultErrorHandler"},
	fiber3Pkg + ".Error":    {app: []string{fiber3Pkg + ".New"}, install: []string{fiber3Pkg + ".Config.ErrorHandler"}, handler: fiber3Pkg + ".Handler", fallback: "fiber's DefaultErrorHandler"},
	humaPkg + ".StatusError": {
		app: []string{humaPkg + ".NewAPI", humaAdapters + "humago.New", humaAdapters + "humago.NewWithPrefix", humaAdapters + "humachi.New",
			humaAdapters + "humaecho.New", humaAdapters + "humafiber.New", humaAdapters + "humagin.New", humaAdapters + "humaflow.New",
			humaAdapters + "humamux.New", humaAdapters + "humabunrouter.New", humaAdapters + "humahttprouter.New"},
		install: []string{humaPkg + ".NewError", humaPkg + ".NewErrorWithContext"},
		register: map[string]int{humaPkg + ".Register": 2, humaPkg + ".Get": 2, humaPkg + ".Post": 2, humaPkg + ".Put": 2,
			humaPkg + ".Patch": 2, humaPkg + ".Delete": 2},
		fallback: "huma's default error response",
		status:   "GetStatus",
	},
}

// A renderRow says that a function writes its body argument by calling
// the body's method of that name with the response writer (go-chi/render's
// Render calls v.Render(w, r)): the method is then the central writer of
// the values passed there (§11).
type renderRow struct {
	body   int    // the body argument
	method string // the body's method the function calls
}

// renderers are the functions that write a body by its own method.
var renderers = indexMembers(map[string]renderRow{
	renderPkg + ".Render": {body: 2, method: "Render"},
})

// The client side's columns of the knowledge table (SPEC §12, §13
// "Clients"): what makes a request, what waits before a retry, what ends
// the process, what reads a header or decodes a body, and the retry
// libraries. errors.Is and errors.As are the flow rows above (flowIs,
// flowAs); a retry library or an exit function is one row here.

// clientRole is what a row says a call does on the client side.
type clientRole uint8

const (
	roleRequest    clientRole = iota + 1 // sends an HTTP request and returns its response
	roleWait                             // sleeps, waits for a timer, or asks a backoff for the next delay
	roleExit                             // ends the process with the status of argument 0
	roleExit1                            // ends the process with status 1 (log.Fatal*)
	roleHeaderGet                        // reads a header of an http.Header by its name, argument 0
	roleRetry                            // a retry library's loop: argument 0 is the operation it repeats
	rolePermanent                        // a retry library's "do not retry this error"
	roleDecode                           // decodes into argument 0 (a *json.Decoder's Decode)
	roleNewDecoder                       // returns a decoder reading argument 0
	roleUnmarshal                        // decodes argument 0 into argument 1
	roleReadAll                          // returns the bytes of the reader in argument 0
	roleContains                         // slices.Contains: argument 1 is looked for in argument 0
)

const (
	cenkaltiPkg  = "github.com/cenkalti/backoff/v4"
	retryablePkg = "github.com/hashicorp/go-retryablehttp"
)

// clientRoles is the client side's part of the knowledge table, keyed
// like positions.
var clientRoles = indexMembers(map[string]clientRole{
	"(*net/http.Client).Do":       roleRequest,
	"(*net/http.Client).Get":      roleRequest,
	"(*net/http.Client).Head":     roleRequest,
	"(*net/http.Client).Post":     roleRequest,
	"(*net/http.Client).PostForm": roleRequest,
	"net/http.Get":                roleRequest,
	"net/http.Head":               roleRequest,
	"net/http.Post":               roleRequest,
	"net/http.PostForm":           roleRequest,

	"(*" + retryablePkg + ".Client).Do":  roleRequest,
	"(*" + retryablePkg + ".Client).Get": roleRequest,

	"time.Sleep":          roleWait,
	"time.After":          roleWait,
	"time.NewTimer":       roleWait,
	"time.Tick":           roleWait,
	"time.NewTicker":      roleWait,
	"(*time.Timer).Reset": roleWait,
	"(" + cenkaltiPkg + ".BackOff).NextBackOff": roleWait,

	"os.Exit":               roleExit,
	"log.Fatal":             roleExit1,
	"log.Fatalf":            roleExit1,
	"log.Fatalln":           roleExit1,
	"(*log.Logger).Fatal":   roleExit1,
	"(*log.Logger).Fatalf":  roleExit1,
	"(*log.Logger).Fatalln": roleExit1,

	"(net/http.Header).Get":    roleHeaderGet,
	"(net/http.Header).Values": roleHeaderGet,

	cenkaltiPkg + ".Retry":       roleRetry,
	cenkaltiPkg + ".RetryNotify": roleRetry,
	cenkaltiPkg + ".Permanent":   rolePermanent,

	"(*encoding/json.Decoder).Decode": roleDecode,
	"encoding/json.NewDecoder":        roleNewDecoder,
	"encoding/json.Unmarshal":         roleUnmarshal,
	"io.ReadAll":                      roleReadAll,

	"slices.Contains": roleContains,
})

// isResponseType reports whether t is net/http's Response: its StatusCode
// is a status-role expression, its Body a response body.
func isResponseType(t types.Type) bool {
	return t != nil && isNamed(t, netHTTP, "Response")
}

// isDuration reports whether t is time.Duration: a user function returning
// one computes a backoff.
func isDuration(t types.Type) bool {
	return t != nil && isNamed(t, "time", "Duration")
}

// retryCheckFields are function-typed fields a retry library calls to ask
// whether to retry (retryablehttp's CheckRetry): a function assigned to one
// is a retry predicate.
var retryCheckFields = map[string]bool{
	retryablePkg + ".Client.CheckRetry": true,
}

// transportTypes are the error types of a failed request (SPEC §12): a
// branch on one is class network, or timeout when its condition also calls
// Timeout().
var transportTypes = map[string]string{
	"net/url.Error": "network",
	"net.Error":     "network",
	"net.OpError":   "network",
}

// transportValues are the error values of a failed request; "" has no class
// (a cancelled context is the user's own doing).
var transportValues = map[string]string{
	"context.DeadlineExceeded": "timeout",
	"os.ErrDeadlineExceeded":   "timeout",
	"context.Canceled":         "",
}

// rateLimitHeaders are the response headers that say when to retry: a
// server's 429 or 503 sets one (retryafter), a client's retry loop reads
// one (retrydecision).
var rateLimitHeaders = []string{"Retry-After", "RateLimit", "RateLimit-Reset", "X-RateLimit-Reset"}

// RateLimitHeaders returns the response headers that say when to retry.
func RateLimitHeaders() []string { return slices.Clone(rateLimitHeaders) }

// classOfStatus is a code's class from its default status (SPEC §12).
var classOfStatus = map[int]string{
	401: "auth", 403: "auth",
	402: "quota", 429: "quota",
	408: "timeout", 504: "timeout",
	502: "dependency", 503: "dependency",
}
