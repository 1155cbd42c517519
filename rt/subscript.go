package rt

// Subscription and len().

// GetItem is o[k].
func GetItem(o, k Value) (Value, *Exc) {
	if o.K == KObj {
		switch x := o.O.(type) {
		case *List:
			if k.K == KInt && x.cls == nil {
				i := k.I
				if i < 0 {
					i += int64(len(x.Items))
				}
				if i >= 0 && i < int64(len(x.Items)) {
					return x.Items[i], nil
				}
			}
		case *Dict:
			if x.cls != nil {
				break
			}
			v, ok, e := x.Get(k)
			if e != nil {
				return Null, e
			}
			if ok {
				return v, nil
			}
			return dictMissing(o, k)
		}
	}
	t := o.Type()
	if t.GetItem != nil {
		return t.GetItem(o, k)
	}
	if ct, ok := o.O.(*Type); ok && o.K == KObj {
		// cls[k]: __class_getitem__.
		if f, e := typeGetAttr(o, "__class_getitem__"); e == nil {
			return Call(f, []Value{k}, nil)
		}
		if ct == TypeType {
			return GenericAlias(o, []Value{k})
		}
		return Null, TypeErrorf("type '%s' is not subscriptable", ct.Name)
	}
	return Null, TypeErrorf("'%s' object is not subscriptable", t.Name)
}

// SetItem is o[k] = v.
func SetItem(o, k, v Value) *Exc {
	if o.K == KObj {
		switch x := o.O.(type) {
		case *List:
			if k.K == KInt && k.O == nil && x.cls == nil {
				i := k.I
				if i < 0 {
					i += int64(len(x.Items))
				}
				if i >= 0 && i < int64(len(x.Items)) {
					x.Items[i] = v
					return nil
				}
			}
		case *Dict:
			if x.cls == nil {
				return x.Set(k, v)
			}
		}
	}
	t := o.Type()
	if t.SetItem != nil {
		return t.SetItem(o, k, v)
	}
	return TypeErrorf("'%s' object does not support item assignment", t.Name)
}

// DelItem is del o[k].
func DelItem(o, k Value) *Exc {
	t := o.Type()
	if t.SetItem != nil {
		return t.SetItem(o, k, Null)
	}
	return TypeErrorf("'%s' object doesn't support item deletion", t.Name)
}

// Len is len(o).
func Len(o Value) (int, *Exc) {
	if o.K == KObj {
		switch x := o.O.(type) {
		case *List:
			if x.cls == nil {
				return len(x.Items), nil
			}
		case *Tuple:
			if x.Cls == nil {
				return len(x.Items), nil
			}
		case *StrObj:
			if x.cls == nil {
				return x.Len(), nil
			}
		case *Dict:
			if x.cls == nil {
				return x.used, nil
			}
		}
	}
	t := o.Type()
	if t.Len != nil {
		return t.Len(o)
	}
	return 0, TypeErrorf("object of type '%s' has no len()", t.Name)
}
