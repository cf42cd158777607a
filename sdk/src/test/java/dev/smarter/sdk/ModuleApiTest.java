package dev.smarter.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.annotation.Documented;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module {@code dev.smarter.sdk} as a consumer module sees it. The unit tests run on the class
 * path, so this reads the compiled {@code module-info.class} and the descriptors of the dependency
 * jars. It stands in for javac's {@code exports} lint, which the SDK turns off because it counts
 * source-retention Immutables annotations as API.
 */
class ModuleApiTest {
  private static final ModuleDescriptor SDK = sdkDescriptor();

  @Test
  void exportsOnlyThePublicPackages() {
    assertThat(SDK.name()).isEqualTo("dev.smarter.sdk");
    assertThat(SDK.exports())
        .allSatisfy(export -> assertThat(export.isQualified()).isFalse())
        .extracting(Exports::source)
        .containsExactlyInAnyOrder("dev.smarter.sdk", "dev.smarter.sdk.model");
  }

  @Test
  void opensOnlyTheJsonAdaptersAndOnlyToMoshi() {
    assertThat(SDK.isOpen()).isFalse();
    assertThat(SDK.opens())
        .singleElement()
        .satisfies(
            opens -> {
              assertThat(opens.source()).isEqualTo("dev.smarter.sdk.internal");
              assertThat(opens.targets()).containsExactly("com.squareup.moshi");
            });
  }

  @Test
  void everyTypeThePublicApiShowsIsReadableByAModuleThatRequiresOnlyTheSdk() throws Exception {
    ModuleFinder dependencies = ModuleFinder.of(testClassPath());
    Set<String> readable = readableThroughSdk(dependencies);
    Map<String, String> moduleOfPackage = moduleOfPackage(dependencies);

    List<String> leaks = new ArrayList<>();
    for (Class<?> type : publicTypesOfExportedPackages()) {
      for (Map.Entry<String, Set<Class<?>>> shown : shownTypes(type).entrySet()) {
        for (Class<?> used : shown.getValue()) {
          String pkg = used.getPackageName();
          String module = moduleOfPackage.get(pkg);
          boolean sdkInternal = pkg.startsWith("dev.smarter.sdk") && !isExported(pkg);
          if (sdkInternal || (module != null && !readable.contains(module))) {
            leaks.add(shown.getKey() + " shows " + used.getName());
          }
        }
      }
    }

    assertThat(leaks).isEmpty();
    assertThat(readable).contains("okhttp3", "org.jspecify", "retrofit2");
  }

  private static ModuleDescriptor sdkDescriptor() {
    try (InputStream in = Files.newInputStream(sdkClasses().resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path sdkClasses() {
    try {
      return Path.of(
          SmarterDevClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path[] testClassPath() {
    String path = System.getProperty("surefire.test.class.path");
    if (path == null) {
      path = System.getProperty("java.class.path");
    }
    return Arrays.stream(path.split(File.pathSeparator))
        .filter(entry -> entry.endsWith(".jar"))
        .map(Path::of)
        .toArray(Path[]::new);
  }

  /** The modules a consumer reads by requiring the SDK: its transitive requires, transitively. */
  private static Set<String> readableThroughSdk(ModuleFinder dependencies) {
    Set<String> readable = new HashSet<>();
    Deque<ModuleDescriptor> todo = new ArrayDeque<>(List.of(SDK));
    while (!todo.isEmpty()) {
      for (Requires requires : todo.pop().requires()) {
        if (requires.modifiers().contains(Requires.Modifier.TRANSITIVE)
            && readable.add(requires.name())) {
          dependencies.find(requires.name()).map(ModuleReference::descriptor).ifPresent(todo::add);
        }
      }
    }
    return readable;
  }

  private static Map<String, String> moduleOfPackage(ModuleFinder dependencies) {
    return dependencies.findAll().stream()
        .map(ModuleReference::descriptor)
        .flatMap(module -> module.packages().stream().map(pkg -> Map.entry(pkg, module.name())))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, then) -> first));
  }

  private static boolean isExported(String pkg) {
    return SDK.exports().stream().anyMatch(export -> export.source().equals(pkg));
  }

  private static List<Class<?>> publicTypesOfExportedPackages() throws Exception {
    Path classes = sdkClasses();
    List<Class<?>> types = new ArrayList<>();
    for (Exports export : SDK.exports()) {
      Path dir = classes.resolve(export.source().replace('.', '/'));
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          String simple = file.getFileName().toString().replace(".class", "");
          Class<?> type =
              Class.forName(
                  export.source() + "." + simple, false, ModuleApiTest.class.getClassLoader());
          if (isVisible(type)) {
            types.add(type);
          }
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return types;
  }

  private static boolean isVisible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /** The types each public or protected member of {@code type} shows, by member. */
  private static Map<String, Set<Class<?>>> shownTypes(Class<?> type) {
    Map<String, Set<Class<?>>> shown = new LinkedHashMap<>();
    Set<Class<?>> ofType = new HashSet<>();
    collect(type.getGenericSuperclass(), ofType);
    for (Type parent : type.getGenericInterfaces()) {
      collect(parent, ofType);
    }
    documentedAnnotations(type, ofType);
    shown.put(type.getName(), ofType);
    for (Field field : type.getDeclaredFields()) {
      if (isApi(field)) {
        Set<Class<?>> used = new HashSet<>();
        collect(field.getGenericType(), used);
        documentedAnnotations(field, used);
        shown.put(type.getName() + "." + field.getName(), used);
      }
    }
    List<Executable> executables = new ArrayList<>(Arrays.asList(type.getDeclaredMethods()));
    executables.addAll(Arrays.<Constructor<?>>asList(type.getDeclaredConstructors()));
    for (Executable executable : executables) {
      if (isApi(executable) && !executable.isSynthetic()) {
        Set<Class<?>> used = new HashSet<>();
        if (executable instanceof Method) {
          collect(((Method) executable).getGenericReturnType(), used);
        }
        for (Type parameter : executable.getGenericParameterTypes()) {
          collect(parameter, used);
        }
        for (Type thrown : executable.getGenericExceptionTypes()) {
          collect(thrown, used);
        }
        documentedAnnotations(executable, used);
        for (Annotation[] annotations : executable.getParameterAnnotations()) {
          for (Annotation annotation : annotations) {
            documented(annotation, used);
          }
        }
        shown.put(type.getName() + "." + executable.getName(), used);
      }
    }
    return shown;
  }

  private static boolean isApi(Member member) {
    return Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers());
  }

  private static void documentedAnnotations(AnnotatedElement element, Set<Class<?>> used) {
    for (Annotation annotation : element.getDeclaredAnnotations()) {
      documented(annotation, used);
    }
  }

  private static void documented(Annotation annotation, Set<Class<?>> used) {
    if (annotation.annotationType().isAnnotationPresent(Documented.class)) {
      used.add(annotation.annotationType());
    }
  }

  private static void collect(Type type, Set<Class<?>> used) {
    collect(type, used, new HashSet<>());
  }

  private static void collect(Type type, Set<Class<?>> used, Set<Type> seen) {
    if (type == null || !seen.add(type)) {
      return;
    }
    if (type instanceof Class<?>) {
      Class<?> raw = (Class<?>) type;
      while (raw.isArray()) {
        raw = raw.getComponentType();
      }
      if (!raw.isPrimitive()) {
        used.add(raw);
      }
    } else if (type instanceof ParameterizedType) {
      collect(((ParameterizedType) type).getRawType(), used, seen);
      for (Type argument : ((ParameterizedType) type).getActualTypeArguments()) {
        collect(argument, used, seen);
      }
    } else if (type instanceof WildcardType) {
      for (Type bound : ((WildcardType) type).getUpperBounds()) {
        collect(bound, used, seen);
      }
      for (Type bound : ((WildcardType) type).getLowerBounds()) {
        collect(bound, used, seen);
      }
    } else if (type instanceof TypeVariable<?>) {
      for (Type bound : ((TypeVariable<?>) type).getBounds()) {
        collect(bound, used, seen);
      }
    } else if (type instanceof GenericArrayType) {
      collect(((GenericArrayType) type).getGenericComponentType(), used, seen);
    }
  }

  @Test
  void theLeakCheckSeesWhatTheApiShows() {
    Set<String> shownByBuilder =
        shownTypes(SmarterDevClient.Builder.class).values().stream()
            .flatMap(Set::stream)
            .map(Class::getName)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> shownByUsers =
        shownTypes(UsersApi.class).values().stream()
            .flatMap(Set::stream)
            .map(Class::getName)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(shownByBuilder).contains("okhttp3.OkHttpClient");
    assertThat(shownByUsers).contains("retrofit2.http.GET", "dev.smarter.sdk.ApiCall");
  }
}
