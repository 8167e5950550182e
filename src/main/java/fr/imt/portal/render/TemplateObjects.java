package fr.imt.portal.render;

import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;

import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How templates see our views: FreeMarker's default object wrapper, calling each method through a
 * copy of it marked accessible. {@code Method.invoke} on a method not so marked looks up its
 * caller by walking the stack, on every call, to check access (Java 17 does so in native code
 * unless the optimising compiler inlines it, and a build runs the quick compiler only): at 100
 * times the content, a template reading a record's component paid that walk hundreds of thousands of
 * times, 2 % of the build's CPU. FreeMarker only calls public methods, which the check allows
 * anyway.
 */
final class TemplateObjects extends DefaultObjectWrapper {

    private final Map<Method, Method> accessible = new ConcurrentHashMap<>();

    TemplateObjects(Version version) {
        super(version);
        writeProtect();
    }

    @Override
    protected TemplateModel invokeMethod(Object object, Method method, Object[] args)
            throws InvocationTargetException, IllegalAccessException, TemplateModelException {
        return super.invokeMethod(object, accessible.computeIfAbsent(method, TemplateObjects::accessibleCopy), args);
    }

    /** A copy of {@code method} that calls without the access check, or the method itself where Java refuses. */
    private static Method accessibleCopy(Method method) {
        try {
            Method copy = method.getDeclaringClass().getMethod(method.getName(), method.getParameterTypes());
            return copy.trySetAccessible() ? copy : method;
        } catch (NoSuchMethodException | SecurityException | InaccessibleObjectException e) {
            return method;
        }
    }
}
