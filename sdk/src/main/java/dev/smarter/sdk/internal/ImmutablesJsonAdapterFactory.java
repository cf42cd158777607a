package dev.smarter.sdk.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Moshi adapters for Immutables value types: an abstract type {@code X} whose generated {@code
 * ImmutableX} sits in the same package.
 *
 * <p>The attributes are the accessors of {@code X} that the builder returned by its static {@code
 * builder()} method can set. That builder's methods are declared by the generated, package-private
 * builder it extends, so they are made accessible here. JSON names are the accessor names in
 * snake_case ({@code discordId} is {@code discord_id}). Reading goes through {@code
 * ImmutableX.builder()}, so the type's own checks run; unknown fields are skipped (forward
 * compatible); a missing or {@code null} required field fails with a {@link JsonDataException} that
 * names the field and the JSON path. {@link Optional} and {@code Nullable} attributes read {@code
 * null} or absence as empty and are left out when written empty.
 */
public final class ImmutablesJsonAdapterFactory implements JsonAdapter.Factory {
  private static final String PREFIX = "Immutable";

  @Override
  public @Nullable JsonAdapter<?> create(
      Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty() || !(type instanceof Class)) {
      return null;
    }
    Class<?> abstractType = abstractTypeOf((Class<?>) type);
    Class<?> generated = generatedTypeOf(abstractType);
    if (generated == null) {
      return null;
    }
    try {
      Method builderFactory = abstractType.getMethod("builder");
      Class<?> builderType = builderFactory.getReturnType();
      if (!Modifier.isStatic(builderFactory.getModifiers())) {
        return null;
      }
      List<Attribute> attributes = attributes(abstractType, builderType, generated, moshi);
      Method build = builderType.getMethod("build");
      build.setAccessible(true);
      return new ImmutableJsonAdapter<>(
              abstractType.getSimpleName(),
              handle(builderFactory, MethodType.methodType(Object.class)),
              handle(build, MethodType.methodType(Object.class, Object.class)),
              attributes)
          .nullSafe();
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /**
   * A method handle of {@code method} typed as {@code type}: unlike {@link Method#invoke}, calling
   * it allocates no argument array.
   */
  static MethodHandle handle(Method method, MethodType type) {
    try {
      return MethodHandles.lookup().unreflect(method).asType(type);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> abstractTypeOf(Class<?> type) {
    Class<?> parent = type.getSuperclass();
    if (type.getSimpleName().startsWith(PREFIX)) {
      for (Class<?> candidate : type.getInterfaces()) {
        if (type.getSimpleName().equals(PREFIX + candidate.getSimpleName())) {
          return candidate;
        }
      }
      if (parent != null && type.getSimpleName().equals(PREFIX + parent.getSimpleName())) {
        return parent;
      }
    }
    return type;
  }

  private static @Nullable Class<?> generatedTypeOf(Class<?> abstractType) {
    if (!Modifier.isAbstract(abstractType.getModifiers())
        || abstractType.getEnclosingClass() != null
        || abstractType.getPackage() == null) {
      return null;
    }
    String name = abstractType.getPackage().getName() + "." + PREFIX + abstractType.getSimpleName();
    try {
      Class<?> generated = Class.forName(name, false, abstractType.getClassLoader());
      return abstractType.isAssignableFrom(generated) ? generated : null;
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private static List<Attribute> attributes(
      Class<?> abstractType, Class<?> builderType, Class<?> generated, Moshi moshi) {
    List<Attribute> attributes = new ArrayList<>();
    for (Method accessor : abstractType.getMethods()) {
      if (accessor.getParameterCount() != 0
          || Modifier.isStatic(accessor.getModifiers())
          || accessor.isSynthetic()
          || accessor.getDeclaringClass() == Object.class
          || accessor.getReturnType() == void.class) {
        continue;
      }
      Method setter = setterFor(builderType, accessor);
      if (setter != null) {
        attributes.add(Attribute.of(accessor, setter, moshi));
      }
    }
    return inDeclarationOrder(attributes, generated);
  }

  /**
   * The attributes in the order of their fields in the generated class, which declares one field
   * per attribute in the abstract type's order ({@link Class#getMethods()} has no order).
   */
  private static List<Attribute> inDeclarationOrder(
      List<Attribute> attributes, Class<?> generated) {
    List<Attribute> ordered = new ArrayList<>(attributes.size());
    for (Field field : generated.getDeclaredFields()) {
      for (Attribute attribute : attributes) {
        if (attribute.accessor.getName().equals(field.getName())) {
          ordered.add(attribute);
          break;
        }
      }
    }
    for (Attribute attribute : attributes) {
      if (!ordered.contains(attribute)) {
        ordered.add(attribute);
      }
    }
    return ordered;
  }

  private static @Nullable Method setterFor(Class<?> builderType, Method accessor) {
    Class<?> returnType = accessor.getReturnType();
    for (Method candidate : builderType.getMethods()) {
      if (!candidate.getName().equals(accessor.getName()) || candidate.getParameterCount() != 1) {
        continue;
      }
      Class<?> parameter = candidate.getParameterTypes()[0];
      boolean matches =
          returnType == Optional.class
              ? parameter != Optional.class
              : returnType != List.class || parameter == Iterable.class;
      if (matches) {
        return candidate;
      }
    }
    return null;
  }

  static String snakeCase(String camelCase) {
    StringBuilder result = new StringBuilder(camelCase.length() + 4);
    for (int i = 0; i < camelCase.length(); i++) {
      char c = camelCase.charAt(i);
      if (Character.isUpperCase(c)) {
        result.append('_').append(Character.toLowerCase(c));
      } else {
        result.append(c);
      }
    }
    return result.toString();
  }

  /**
   * One attribute of a value type. A {@code long} attribute is set through its primitive setter
   * alone, and the getter is made on the first write of the type, so a type that is only read never
   * makes one. Each handle costs generated code the first time its shape is seen, which a
   * short-lived program pays at its first call.
   */
  private static final class Attribute {
    final String jsonName;
    final Method accessor;
    final boolean optional;
    final boolean required;
    final JsonAdapter<Object> adapter;

    /** Whether the attribute is a {@code long}, set with the primitive: no boxing on reads. */
    final boolean primitiveLong;

    /**
     * The setter: typed {@code (Object, long)void} for a {@link #primitiveLong} attribute, {@code
     * (Object, Object)void} for any other.
     */
    final MethodHandle set;

    private volatile @Nullable MethodHandle get;

    private Attribute(
        String jsonName,
        Method accessor,
        Method setter,
        boolean optional,
        boolean required,
        JsonAdapter<Object> adapter) {
      this.jsonName = jsonName;
      this.accessor = accessor;
      setter.setAccessible(true);
      this.primitiveLong = setter.getParameterTypes()[0] == long.class;
      this.set =
          handle(
              setter,
              MethodType.methodType(
                  void.class, Object.class, primitiveLong ? long.class : Object.class));
      this.optional = optional;
      this.required = required;
      this.adapter = adapter;
    }

    /** The getter, made on the first write of the type. */
    MethodHandle get() {
      MethodHandle handle = get;
      if (handle == null) {
        handle = handle(accessor, MethodType.methodType(Object.class, Object.class));
        get = handle;
      }
      return handle;
    }

    static Attribute of(Method accessor, Method setter, Moshi moshi) {
      Type type = accessor.getGenericReturnType();
      boolean optional = accessor.getReturnType() == Optional.class;
      boolean nullable = accessor.getAnnotatedReturnType().isAnnotationPresent(Nullable.class);
      boolean list = accessor.getReturnType() == List.class;
      Type valueType =
          optional
              ? typeArgument(type)
              : list ? Types.newParameterizedType(List.class, typeArgument(type)) : type;
      boolean required =
          !optional && !nullable && !list && Modifier.isAbstract(accessor.getModifiers());
      return new Attribute(
          snakeCase(accessor.getName()),
          accessor,
          setter,
          optional,
          required,
          moshi.adapter(valueType));
    }

    private static Type typeArgument(Type type) {
      return type instanceof ParameterizedType
          ? ((ParameterizedType) type).getActualTypeArguments()[0]
          : Object.class;
    }
  }

  private static final class ImmutableJsonAdapter<T> extends JsonAdapter<T> {
    private final String typeName;
    private final MethodHandle builderFactory;
    private final MethodHandle build;
    private final Attribute[] attributes;
    private final JsonReader.Options names;

    ImmutableJsonAdapter(
        String typeName,
        MethodHandle builderFactory,
        MethodHandle build,
        List<Attribute> attributes) {
      this.typeName = typeName;
      this.builderFactory = builderFactory;
      this.build = build;
      this.attributes = attributes.toArray(new Attribute[0]);
      String[] jsonNames = new String[this.attributes.length];
      for (int i = 0; i < jsonNames.length; i++) {
        jsonNames[i] = this.attributes[i].jsonName;
      }
      this.names = JsonReader.Options.of(jsonNames);
    }

    @Override
    public T fromJson(JsonReader reader) throws IOException {
      Object builder = newBuilder();
      long seen = 0;
      boolean[] seenBeyond64 = attributes.length > 64 ? new boolean[attributes.length] : null;
      reader.beginObject();
      while (reader.hasNext()) {
        int index = reader.selectName(names);
        if (index == -1) {
          reader.skipName();
          reader.skipValue();
          continue;
        }
        Attribute attribute = attributes[index];
        if (reader.peek() == JsonReader.Token.NULL) {
          if (attribute.required) {
            throw JsonFailures.nullValue(attribute.jsonName, reader);
          }
          reader.skipValue();
          continue;
        }
        if (attribute.primitiveLong) {
          setLong(attribute.set, builder, reader.nextLong());
        } else {
          set(attribute, builder, attribute.adapter.fromJson(reader));
        }
        if (index < 64) {
          seen |= 1L << index;
        } else if (seenBeyond64 != null) {
          seenBeyond64[index] = true;
        }
      }
      for (int i = 0; i < attributes.length; i++) {
        boolean wasSeen =
            i < 64 ? (seen & (1L << i)) != 0 : seenBeyond64 != null && seenBeyond64[i];
        if (attributes[i].required && !wasSeen) {
          throw JsonFailures.missing(attributes[i].jsonName, reader);
        }
      }
      T result;
      try {
        @SuppressWarnings("unchecked")
        T built = (T) (Object) build.invokeExact(builder);
        result = built;
      } catch (Throwable e) {
        throw JsonFailures.invalid(typeName, reader, e);
      }
      reader.endObject();
      return result;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable T value) throws IOException {
      writer.beginObject();
      for (Attribute attribute : attributes) {
        @Nullable Object attributeValue = get(attribute, value);
        if (attribute.optional) {
          Optional<?> optional = (Optional<?>) attributeValue;
          if (optional.isEmpty()) {
            continue;
          }
          attributeValue = optional.get();
        } else if (attributeValue == null) {
          continue;
        }
        writer.name(attribute.jsonName);
        attribute.adapter.toJson(writer, attributeValue);
      }
      writer.endObject();
    }

    private Object newBuilder() {
      try {
        return (Object) builderFactory.invokeExact();
      } catch (RuntimeException e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }

    private static void set(Attribute attribute, Object builder, Object value) {
      try {
        attribute.set.invokeExact(builder, value);
      } catch (RuntimeException e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }

    private static void setLong(MethodHandle setter, Object builder, long value) {
      try {
        setter.invokeExact(builder, value);
      } catch (RuntimeException e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }

    private static @Nullable Object get(Attribute attribute, @Nullable Object value) {
      try {
        return (Object) attribute.get().invokeExact(value);
      } catch (RuntimeException e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public String toString() {
      return "JsonAdapter(" + typeName + ")";
    }
  }
}
