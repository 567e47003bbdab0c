package org.kring.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import org.kring.ContentException;
import org.kring.Problem;

/**
 * The templates and static files of the site's look. A file in the site's own {@code templates/} folder
 * overrides the built-in file of the same name (shipped in the jar under {@code kring/templates/}).
 * Compiled templates are cached for the life of this object. Thread-safe.
 */
public final class Templates {
    static final String BUILTIN = "kring/templates";

    private final Path siteTemplates;
    private final Configuration config;

    public Templates(Path siteRoot) {
        this.siteTemplates = siteRoot.resolve("templates");
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (Files.isDirectory(siteTemplates)) {
            try {
                // The loader has already refused every symbolic link in templates/ that leads out of the site
                // (InputFiles); FreeMarker's own check would also drop links to files elsewhere in the site, and
                // then silently use the built-in template instead of the site's.
                loaders.add(new FileTemplateLoader(siteTemplates.toFile(), true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaders.add(new ClassTemplateLoader(Templates.class.getClassLoader(), BUILTIN));
        c.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setRecognizeStandardFileExtensions(true);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setLocale(Locale.ROOT);
        c.setNumberFormat("computer");
        c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        // A site's own templates are other people's code: no ?new() of arbitrary classes (Execute would run
        // shell commands), no ?api to reach the Java objects behind the model.
        c.setNewBuiltinClassResolver(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setDefaultZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        wrapper.setExposeFields(false);
        // Only what the model's records offer: no getClass(), no class loaders, no reflection from a template.
        wrapper.setMemberAccessPolicy(freemarker.ext.beans.DefaultMemberAccessPolicy.getInstance(Configuration.VERSION_2_3_34));
        c.setObjectWrapper(wrapper.build());
        this.config = c;
    }

    /** Renders a template; a template error becomes a problem pointing at the template's line. */
    public String render(String name, Map<String, Object> model) {
        try {
            Template t = config.getTemplate(name);
            StringWriter out = new StringWriter(16 * 1024);
            t.process(model, out);
            return out.toString();
        } catch (TemplateNotFoundException e) {
            throw new ContentException(Problem.error("templates/" + name, 0, "template not found"));
        } catch (ParseException e) {
            throw parseProblem(e);
        } catch (TemplateException e) {
            String where = e.getTemplateSourceName() == null ? "templates/" + name
                    : templateFile(e.getTemplateSourceName());
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            throw new ContentException(Problem.error(where, line, "template error: " + firstLine(e.getMessageWithoutStackTop())));
        } catch (IOException e) {
            if (e.getCause() instanceof ParseException pe) {
                throw parseProblem(pe);
            }
            throw new UncheckedIOException(e);
        } catch (StackOverflowError e) {
            // A site's own template is a program: FreeMarker has no limit on how deeply macros, functions and
            // #include call each other, so one that calls itself without end ends here, not as a crash.
            throw new ContentException(Problem.error(templateFile(name), 0, "template error: rendering went too deep: "
                    + "a macro, function or #include calls itself without end, or directives nest too deeply"));
        }
    }

    /**
     * Compiles templates before rendering starts, so a syntax error is reported once and clearly instead of
     * by whichever parallel page happens to load the template first.
     */
    public void preload(List<String> names) {
        for (String name : names) {
            try {
                config.getTemplate(name);
            } catch (TemplateNotFoundException e) {
                throw new ContentException(Problem.error("templates/" + name, 0, "template not found"));
            } catch (ParseException e) {
                throw parseProblem(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (StackOverflowError e) {
                // FreeMarker's parser recurses once per nested directive or bracket.
                throw new ContentException(Problem.error(templateFile(name), 0, "template syntax error: directives or "
                        + "expressions nest too deeply to read"));
            }
        }
    }

    private ContentException parseProblem(ParseException e) {
        return new ContentException(Problem.error(templateFile(e.getTemplateName()), e.getLineNumber(),
                e.getColumnNumber(), "template syntax error: " + e.getEditorMessage()));
    }

    /** The bytes of a static file (CSS, script, font): the site's own version if it has one. */
    public byte[] file(String name) {
        Path own = siteTemplates.resolve(name);
        try {
            if (Files.isRegularFile(own)) {
                return Files.readAllBytes(own);
            }
            try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(BUILTIN + "/" + name)) {
                if (in == null) {
                    throw new ContentException(Problem.error("templates/" + name, 0, "file not found"));
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String templateFile(String sourceName) {
        boolean own = sourceName != null && Files.isRegularFile(siteTemplates.resolve(sourceName));
        return own ? "templates/" + sourceName : "(built-in) templates/" + sourceName;
    }

    private static String firstLine(String s) {
        String t = s == null ? "" : s.strip();
        int nl = t.indexOf('\n');
        String first = nl < 0 ? t : t.substring(0, nl);
        // FreeMarker puts the useful hint ("The following has evaluated to null...") on the next lines.
        if (nl >= 0) {
            String rest = t.substring(nl + 1).strip();
            int nl2 = rest.indexOf('\n');
            String second = nl2 < 0 ? rest : rest.substring(0, nl2);
            if (!second.isBlank() && first.length() < 80) {
                first = first + " " + second.strip();
            }
        }
        return first;
    }
}
