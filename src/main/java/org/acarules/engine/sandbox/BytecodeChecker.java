package org.acarules.engine.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Reads the bytecode a draft compiled to and lists everything in it a rule may not do: a call, a static field or a
 * class constant outside the allow-list, a static field written outside its class's initializer, a lock, a method
 * handle, an invokedynamic that is neither string concatenation nor a lambda, a loop that is not a for-each over a
 * collection, and a call cycle among the draft's own methods (recursion). Nothing is loaded or run.
 */
final class BytecodeChecker {
    private static final String LAMBDA_FACTORY = "java/lang/invoke/LambdaMetafactory";
    private static final String CONCAT_FACTORY = "java/lang/invoke/StringConcatFactory";
    private static final String ITERATOR = "java/util/Iterator";

    private final AllowList allowList;

    BytecodeChecker(AllowList allowList) {
        this.allowList = allowList;
    }

    /**
     * Every refusal in these classes (internal name to bytes), which together with {@code alsoDraft} (classes of the
     * draft read elsewhere) are the draft's code.
     */
    List<Refusal> check(Map<String, byte[]> classes, Set<String> alsoDraft) {
        Map<String, ClassNode> nodes = new HashMap<>();
        for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
            ClassNode node = new ClassNode();
            new ClassReader(entry.getValue()).accept(node, ClassReader.SKIP_FRAMES);
            nodes.put(node.name, node);
        }
        List<Refusal> refusals = new ArrayList<>();
        Map<String, Set<String>> calls = new HashMap<>();
        Set<String> draft = new HashSet<>(nodes.keySet());
        draft.addAll(alsoDraft);
        for (ClassNode node : nodes.values()) {
            for (MethodNode method : node.methods) {
                checkMethod(node, method, draft, refusals, calls);
            }
        }
        refusals.addAll(recursion(calls));
        return refusals;
    }

    private void checkMethod(ClassNode owner, MethodNode method, Set<String> draft, List<Refusal> refusals,
            Map<String, Set<String>> calls) {
        String self = owner.name + "." + method.name + method.desc;
        Set<String> callees = calls.computeIfAbsent(self, k -> new HashSet<>());
        AbstractInsnNode[] code = method.instructions.toArray();
        for (int i = 0; i < code.length; i++) {
            AbstractInsnNode insn = code[i];
            String refused = refusal(owner, method, code, i, draft, callees);
            if (refused != null) {
                refusals.add(new Refusal(owner.name, method.name, refused, hint(insn)));
            }
        }
    }

    private String refusal(ClassNode owner, MethodNode method, AbstractInsnNode[] code, int i, Set<String> draft,
            Set<String> callees) {
        AbstractInsnNode insn = code[i];
        if (insn instanceof MethodInsnNode call) {
            return call(call.owner, call.name, call.desc, draft, callees);
        }
        if (insn instanceof FieldInsnNode field) {
            return field(owner, method, field, draft);
        }
        if (insn instanceof LdcInsnNode ldc) {
            return constant(ldc.cst, draft);
        }
        if (insn instanceof InvokeDynamicInsnNode indy) {
            return dynamic(indy, draft, callees);
        }
        if (insn.getOpcode() == Opcodes.MONITORENTER) {
            return "locks an object (synchronized), which a rule may not do (threads)";
        }
        if (insn instanceof JumpInsnNode jump && method.instructions.indexOf(jump.label) < i
                && !forEachLoop(code, method.instructions.indexOf(jump.label), i)) {
            return "loops, which a rule may not do except for-each over a collection (unbounded loop)";
        }
        if (backwardSwitch(insn, method, i)) {
            return "loops, which a rule may not do except for-each over a collection (unbounded loop)";
        }
        return null;
    }

    private static boolean backwardSwitch(AbstractInsnNode insn, MethodNode method, int i) {
        List<org.objectweb.asm.tree.LabelNode> targets = new ArrayList<>();
        if (insn instanceof TableSwitchInsnNode table) {
            targets.addAll(table.labels);
            targets.add(table.dflt);
        } else if (insn instanceof LookupSwitchInsnNode lookup) {
            targets.addAll(lookup.labels);
            targets.add(lookup.dflt);
        }
        return targets.stream().anyMatch(label -> method.instructions.indexOf(label) < i);
    }

    private String call(String owner, String name, String desc, Set<String> draft, Set<String> callees) {
        if (draft.contains(owner)) {
            callees.add(owner + "." + name + desc);
            return null;
        }
        if (owner.startsWith("[") && name.equals("clone")) {
            return null; // copying an array
        }
        String dotted = dotted(owner);
        if (allowList.allows(dotted, name)) {
            return null;
        }
        return name.equals("<init>")
                ? "creates a " + dotted + ", which a rule may not create (" + Escapes.kindOf(dotted) + ")"
                : "calls " + dotted + "." + name + ", which a rule may not call (" + Escapes.kindOf(dotted) + ")";
    }

    private String field(ClassNode within, MethodNode method, FieldInsnNode field, Set<String> draft) {
        int op = field.getOpcode();
        if (op == Opcodes.PUTSTATIC) {
            // The generator's own constants (a lambda's INSTANCE) are set once, in their class's initializer.
            return field.owner.equals(within.name) && method.name.equals("<clinit>") ? null
                    : "writes the static field " + dotted(field.owner) + "." + field.name
                            + ", which a rule may not do (static state)";
        }
        if (draft.contains(field.owner)) {
            return null;
        }
        String dotted = dotted(field.owner);
        if (op == Opcodes.GETSTATIC) {
            return allowList.allows(dotted, field.name) ? null : "reads " + dotted + "." + field.name
                    + ", which a rule may not read (" + Escapes.kindOf(dotted) + ")";
        }
        return allowList.knows(dotted) ? null : "uses a field of " + dotted + ", which a rule may not use ("
                + Escapes.kindOf(dotted) + ")";
    }

    private String constant(Object value, Set<String> draft) {
        if (value instanceof Type type && type.getSort() == Type.OBJECT) {
            String owner = type.getInternalName();
            return draft.contains(owner) || allowList.knows(dotted(owner)) ? null
                    : "names the class " + dotted(owner) + ", which a rule may not use (" + Escapes.kindOf(dotted(owner)) + ")";
        }
        if (value instanceof Handle || value instanceof org.objectweb.asm.ConstantDynamic) {
            return "makes a method handle, which a rule may not do (reflection and method handles)";
        }
        return null;
    }

    private String dynamic(InvokeDynamicInsnNode indy, Set<String> draft, Set<String> callees) {
        String factory = indy.bsm.getOwner();
        if (factory.equals(CONCAT_FACTORY)) {
            return null;
        }
        if (factory.equals(LAMBDA_FACTORY) && indy.bsmArgs.length > 1 && indy.bsmArgs[1] instanceof Handle target) {
            return call(target.getOwner(), target.getName(), target.getDesc(), draft, callees);
        }
        return "uses invokedynamic with " + dotted(factory) + ", which a rule may not do (reflection and method handles)";
    }

    /**
     * A backward jump is a loop; the only loop a rule may write is a for-each over a collection, which the compilers
     * turn into "while (it.hasNext()) { x = it.next(); ... }" on one iterator the body never replaces. Javac tests at
     * the top (the jump back is a goto to the test); ECJ tests at the bottom (the jump back is the test).
     */
    private static boolean forEachLoop(AbstractInsnNode[] code, int start, int end) {
        int iterator = iteratorTestedAt(code, end);
        if (iterator < 0) {
            iterator = iteratorTestedAt(code, next(code, start) + 2);
        }
        if (iterator < 0) {
            return false;
        }
        boolean advances = false;
        for (int i = start; i <= end; i++) {
            if (code[i] instanceof VarInsnNode store && store.getOpcode() == Opcodes.ASTORE && store.var == iterator) {
                return false;
            }
            if (code[i] instanceof MethodInsnNode call && call.owner.equals(ITERATOR) && call.name.equals("next")
                    && previous(code, i) >= 0 && code[previous(code, i)] instanceof VarInsnNode load
                    && load.var == iterator) {
                advances = true;
            }
        }
        return advances;
    }

    /** The local holding the iterator when code[at] is a conditional jump on "local.hasNext()", else -1. */
    private static int iteratorTestedAt(AbstractInsnNode[] code, int at) {
        if (at < 0 || at >= code.length || !(code[at] instanceof JumpInsnNode)) {
            return -1;
        }
        int test = previous(code, at);
        int load = test < 0 ? -1 : previous(code, test);
        if (load >= 0 && code[test] instanceof MethodInsnNode call && call.owner.equals(ITERATOR)
                && call.name.equals("hasNext") && code[load] instanceof VarInsnNode variable
                && variable.getOpcode() == Opcodes.ALOAD) {
            return variable.var;
        }
        return -1;
    }

    /** Index of the first real instruction at or after i (labels, lines and frames are not instructions). */
    private static int next(AbstractInsnNode[] code, int i) {
        while (i < code.length && code[i].getOpcode() < 0) {
            i++;
        }
        return i;
    }

    private static int previous(AbstractInsnNode[] code, int i) {
        i--;
        while (i >= 0 && code[i].getOpcode() < 0) {
            i--;
        }
        return i;
    }

    /** Refuses every method of the draft that can reach itself through the draft's own calls. */
    private static List<Refusal> recursion(Map<String, Set<String>> calls) {
        List<Refusal> refusals = new ArrayList<>();
        for (String method : calls.keySet()) {
            if (reaches(method, method, calls, new HashSet<>())) {
                int dot = method.lastIndexOf('.', method.indexOf('('));
                String name = method.substring(dot + 1, method.indexOf('('));
                refusals.add(new Refusal(method.substring(0, dot), name,
                        "calls itself (recursion), which a rule may not do (unbounded recursion)", name));
            }
        }
        return refusals;
    }

    private static boolean reaches(String from, String target, Map<String, Set<String>> calls, Set<String> seen) {
        for (String callee : calls.getOrDefault(from, Set.of())) {
            if (callee.equals(target) || (seen.add(callee) && reaches(callee, target, calls, seen))) {
                return true;
            }
        }
        return false;
    }

    private static String hint(AbstractInsnNode insn) {
        if (insn instanceof MethodInsnNode call) {
            return call.name.equals("<init>") ? simpleName(call.owner) : call.name;
        }
        if (insn instanceof FieldInsnNode field) {
            return field.name;
        }
        if (insn instanceof InvokeDynamicInsnNode indy && indy.bsmArgs.length > 1 && indy.bsmArgs[1] instanceof Handle h) {
            return h.getName();
        }
        if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof Type type) {
            return simpleName(type.getInternalName());
        }
        if (insn instanceof JumpInsnNode || insn instanceof TableSwitchInsnNode || insn instanceof LookupSwitchInsnNode) {
            return "while|for|do";
        }
        return insn.getOpcode() == Opcodes.MONITORENTER ? "synchronized" : null;
    }

    private static String simpleName(String internal) {
        return internal.substring(internal.lastIndexOf('/') + 1);
    }

    static String dotted(String internal) {
        return internal.replace('/', '.');
    }
}
