package io.github.cowrap.check;

import io.github.cowrap.model.FunctionDeclaration;
import java.util.ArrayList;
import java.util.List;

/**
 * What differs between two declarations of functions that must have the same type (a wrapper and
 * its target, or two declarations of one target): the number of parameters, each parameter's type,
 * the return type and a trailing {@code ...}, each compared in {@link CType}'s one spelling.
 */
final class TargetComparison {

    private TargetComparison() {}

    /**
     * The differences, each as {@code parameter 2: 'int' against 'int64_t'}, {@code return type:
     * ...} or {@code 2 parameters against 3}; empty when the two agree.
     *
     * @param mine the declaration being checked (its types come first in each difference)
     * @param theirs the declaration it is checked against
     */
    static List<String> differences(FunctionDeclaration mine, FunctionDeclaration theirs) {
        List<String> out = new ArrayList<>();
        String myReturn = CType.returnType(mine.returnType());
        String theirReturn = CType.returnType(theirs.returnType());
        if (!myReturn.equals(theirReturn)) {
            out.add("return type: '" + myReturn + "' against '" + theirReturn + "'");
        }
        List<String> my = mine.parameterTypes();
        List<String> their = theirs.parameterTypes();
        if (my.size() != their.size()) {
            out.add(count(my.size()) + " against " + their.size());
        }
        for (int i = 0; i < Math.min(my.size(), their.size()); i++) {
            String a = CType.parameter(my.get(i));
            String b = CType.parameter(their.get(i));
            if (!a.equals(b)) {
                out.add("parameter " + (i + 1) + ": '" + a + "' against '" + b + "'");
            }
        }
        if (mine.variadic() != theirs.variadic()) {
            out.add(mine.variadic() ? "'...' against a fixed parameter list" : "a fixed parameter list against '...'");
        }
        return out;
    }

    private static String count(int n) {
        return n == 0 ? "no parameters" : n == 1 ? "1 parameter" : n + " parameters";
    }
}
