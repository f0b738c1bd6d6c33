package org.acarules.engine.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The executable model builds each rule in a method {@code rule_<name>} (a query in {@code query_<name>}) that passes the rule's name as a string and
 * refers to the lambda classes holding its constraints and consequence: reading those tells which rule a class or a
 * method comes from, so a refusal can name the rule's file and line.
 */
final class ModelRuleMethods {
    private ModelRuleMethods() {
    }

    static void read(byte[] bytes, Set<String> rules, Map<String, String> ruleByMethod, Map<String, String> ruleByClass) {
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                if (!name.startsWith("rule_") && !name.startsWith("query_")) {
                    return null;
                }
                return new MethodVisitor(Opcodes.ASM9) {
                    private String rule;
                    private final List<String> used = new ArrayList<>();

                    @Override
                    public void visitLdcInsn(Object value) {
                        if (value instanceof String text && rule == null && rules.contains(text)) {
                            rule = text;
                        } else if (value instanceof Type type && type.getSort() == Type.OBJECT) {
                            used.add(type.getInternalName());
                        }
                    }

                    @Override
                    public void visitFieldInsn(int opcode, String owner, String field, String desc) {
                        used.add(owner);
                    }

                    @Override
                    public void visitTypeInsn(int opcode, String type) {
                        used.add(type);
                    }

                    @Override
                    public void visitEnd() {
                        if (rule != null) {
                            ruleByMethod.putIfAbsent(name, rule);
                            used.forEach(owner -> ruleByClass.putIfAbsent(owner, rule));
                        }
                    }
                };
            }
        }, ClassReader.SKIP_FRAMES);
    }
}
