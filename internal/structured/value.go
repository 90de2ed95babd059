package structured

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
)

// FromValue builds the tree of a value decoded by someone else (maps,
// slices and scalars, as YAML and JSON decoders return them), with no
// positions. The keys of a map come in the order of their text, and a key
// that is no string keeps its kind, for the caller to refuse. A float
// without a fraction is an integer, as JSON cannot tell them apart.
func FromValue(v any) *Node {
	n := &Node{Value: v}
	rv := reflect.ValueOf(v)
	if !rv.IsValid() {
		return n
	}
	switch rv.Kind() {
	case reflect.String:
		n.Kind, n.Str = String, rv.String()
	case reflect.Bool:
		n.Kind, n.Bool = Bool, rv.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n.Kind, n.Str = Int, strconv.FormatInt(rv.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		n.Kind, n.Str = Int, strconv.FormatUint(rv.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		f := rv.Float()
		n.Kind, n.Str = Number, strconv.FormatFloat(f, 'g', -1, 64)
		if text, err := json.Marshal(f); err == nil {
			n.Str = string(text) // as JSON writes it, which golangci-lint users see
		}
		if f == math.Trunc(f) && math.Abs(f) < 1e21 {
			n.Kind = Int
		}
	case reflect.Slice, reflect.Array:
		n.Kind = List
		for i := range rv.Len() {
			n.Items = append(n.Items, FromValue(rv.Index(i).Interface()))
		}
	case reflect.Map:
		n.Kind = Map
		keys := rv.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int {
			return cmp.Compare(fmt.Sprint(a.Interface()), fmt.Sprint(b.Interface()))
		})
		for _, k := range keys {
			n.Keys = append(n.Keys, FromValue(k.Interface()))
			n.Values = append(n.Values, FromValue(rv.MapIndex(k).Interface()))
		}
	case reflect.Pointer, reflect.Interface:
		if rv.IsNil() {
			return &Node{}
		}
		return FromValue(rv.Elem().Interface())
	default:
		n.Kind, n.Str, n.Err = Unsupported, rv.Type().String(), rv.Type().String()
	}
	return n
}
