package py

// Runtime classes whose subclasses behave as if they had a metaclass
// (enum.Enum: members made from the class body, iteration over the class,
// Color["RED"]) register their behaviour here; asyncgen has no
// user-defined metaclasses.

// ClassBehavior is what a metaclass gives the subclasses of a runtime
// class: Created runs when a class statement has created a subclass
// (names lists what its body bound, in order); Members is what iterating
// over the class, len() and "in" see; Item is cls[key].
type ClassBehavior struct {
	Created func(cls *Class, names []string) *Exc
	Members func(cls *Class) []Object
	Item    func(cls *Class, key Object) (Object, *Exc)
}

var classBehaviors = map[*Class]*ClassBehavior{}

// DefineClassBehavior gives the subclasses of base the behaviour b. Call
// it only from init functions.
func DefineClassBehavior(base *Class, b *ClassBehavior) { classBehaviors[base] = b }

// behaviorOf returns the behaviour a class inherits, or nil.
func behaviorOf(c *Class) *ClassBehavior {
	for k := c.Base; k != nil; k = k.Base {
		if b := classBehaviors[k]; b != nil {
			return b
		}
	}
	return nil
}

// ClassCreated runs the Created behaviour of cls's bases, if any: class
// statements call it once the class exists.
func ClassCreated(cls *Class, names []string) *Exc {
	if b := behaviorOf(cls); b != nil && b.Created != nil {
		return b.Created(cls, names)
	}
	return nil
}

// classMembers returns what iterating over class c gives, when a behaviour
// defines it.
func classMembers(c *Class) ([]Object, bool) {
	if b := behaviorOf(c); b != nil && b.Members != nil {
		return b.Members(c), true
	}
	return nil, false
}
