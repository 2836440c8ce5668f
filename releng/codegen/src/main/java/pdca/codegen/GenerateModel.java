package pdca.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Stand-alone (no Eclipse, no OSGi) EMF model code generator for the {@code pdca.model} bundle.
 *
 * <p>What it does, in order:
 * <ol>
 * <li>loads the {@code .genmodel} (settings) and, through it, the {@code .ecore} (the model);</li>
 * <li>reconciles the GenModel with the Ecore model <em>in memory</em>, so that GenClasses, GenFeatures, ... for new
 *     or changed model elements are created and stale ones dropped; the {@code .genmodel} file is never written;</li>
 * <li>validates the Ecore model and the GenModel;</li>
 * <li>runs EMF's {@link Generator} for the model project type only (no edit, editor or tests code) into an empty
 *     staging directory; the GenModel-level step that writes {@code plugin.xml}, {@code MANIFEST.MF},
 *     {@code build.properties} and {@code plugin.properties} is switched off, and anything produced outside
 *     {@code src-gen} is treated as an error;</li>
 * <li>synchronises the staged {@code src-gen} with the bundle's {@code src-gen}: changed files are rewritten,
 *     identical ones left alone, and files no longer generated deleted.</li>
 * </ol>
 * Any error (load problems, unresolved references, validation or generation errors) ends the program with a message
 * and exit status 1, before the bundle's {@code src-gen} is touched.
 */
public final class GenerateModel
{
  private static final String PROGRAM = "pdca-codegen";

  /** The folder, inside the model project, that the generator may write. */
  private static final String GENERATED_FOLDER = "src-gen";

  /** Where {@code platform:/plugin/org.eclipse.emf.ecore/} (Ecore.genmodel, Ecore.ecore) is found. */
  /** How EMF marks a generated member that was changed by hand. */
  private static final Pattern HAND_EDITED = Pattern.compile("@generated\\s+NOT\\b");

  private static final URI ECORE_PLUGIN_URI = URI.createURI("platform:/plugin/org.eclipse.emf.ecore/");

  private final Path genModelFile;
  private final Path projectDir;
  private final Path stagingDir;
  private final boolean verbose;

  /** Set once the bundle's src-gen starts being updated. */
  private boolean synchronising;

  private GenerateModel(Path genModelFile, Path projectDir, Path stagingDir, boolean verbose)
  {
    this.genModelFile = genModelFile;
    this.projectDir = projectDir;
    this.stagingDir = stagingDir;
    this.verbose = verbose;
  }

  public static void main(String[] args)
  {
    int status;
    GenerateModel generateModel = null;
    try
    {
      generateModel = fromArguments(args);
      generateModel.run();
      status = 0;
    }
    catch (Failure failure)
    {
      System.err.println(PROGRAM + ": ERROR: " + failure.getMessage());
      if (generateModel != null && !generateModel.synchronising)
      {
        System.err.println(PROGRAM + ": the bundle's " + GENERATED_FOLDER + " folder was left unchanged.");
      }
      status = 1;
    }
    catch (RuntimeException | Error exception)
    {
      exception.printStackTrace();
      System.err.println(PROGRAM + ": ERROR: generation failed unexpectedly: " + exception);
      status = 1;
    }
    if (status != 0)
    {
      // Under exec:java this also ends Maven, with this status.
      System.exit(status);
    }
  }

  private static GenerateModel fromArguments(String[] args)
  {
    Path genModel = null;
    Path project = null;
    Path staging = null;
    boolean verbose = Boolean.getBoolean("pdca.codegen.verbose");
    for (int i = 0; i < args.length; ++i)
    {
      String arg = args[i];
      switch (arg)
      {
        case "--genmodel" -> genModel = pathArgument(args, ++i, arg);
        case "--project" -> project = pathArgument(args, ++i, arg);
        case "--staging" -> staging = pathArgument(args, ++i, arg);
        case "--verbose" -> verbose = true;
        default -> throw new Failure("unknown argument '" + arg + "'. Usage: " + PROGRAM
          + " --genmodel <file.genmodel> --project <model bundle dir> --staging <empty scratch dir> [--verbose]");
      }
    }
    if (genModel == null || project == null || staging == null)
    {
      throw new Failure("--genmodel, --project and --staging are required");
    }
    if (!Files.isRegularFile(genModel))
    {
      throw new Failure("GenModel not found: " + genModel);
    }
    if (!Files.isDirectory(project))
    {
      throw new Failure("model project directory not found: " + project);
    }
    if (staging.startsWith(project) || project.startsWith(staging))
    {
      throw new Failure("the staging directory must lie outside the model project: " + staging);
    }
    return new GenerateModel(genModel, project, staging, verbose);
  }

  private static Path pathArgument(String[] args, int index, String option)
  {
    if (index >= args.length)
    {
      throw new Failure(option + " needs a value");
    }
    return Path.of(args[index]).toAbsolutePath().normalize();
  }

  private void run()
  {
    // Stand-alone, EMF writes generated files in the JVM's default charset; the model has non-ASCII documentation.
    if (!StandardCharsets.UTF_8.equals(Charset.defaultCharset()))
    {
      throw new Failure("the JVM's default charset is " + Charset.defaultCharset()
        + ", not UTF-8; run with -Dfile.encoding=UTF-8 (or on Java 18 or later without overriding it)");
    }

    Path targetDir = projectDir.resolve(GENERATED_FOLDER);
    refuseHandEditedFiles(targetDir);

    String projectName = projectNameOf();
    ResourceSet resourceSet = createResourceSet(projectName);
    GenModel genModel = loadGenModel(resourceSet, projectName);
    List<EPackage> ePackages = ecorePackagesOf(genModel);

    validateEcore(ePackages);
    reconcile(genModel, ePackages);
    validateGenModel(genModel);

    prepareStaging();
    generate(genModel);
    Map<String, Path> staged = checkStagedOutput();
    synchronise(staged, stagingDir.resolve(GENERATED_FOLDER), targetDir);
  }

  /**
   * The Eclipse project name the GenModel uses in its modelDirectory ("/pdca.model/src-gen" -> "pdca.model").
   * The GenModel is read a first time, plainly, just for that.
   */
  private String projectNameOf()
  {
    ResourceSet probe = new ResourceSetImpl();
    probe.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
    probe.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
    GenModel genModel = (GenModel)load(probe, URI.createFileURI(genModelFile.toString())).getContents().get(0);
    String modelDirectory = genModel.getModelDirectory();
    if (modelDirectory == null || !modelDirectory.matches("/[^/]+/" + GENERATED_FOLDER))
    {
      throw new Failure("the GenModel's modelDirectory is '" + modelDirectory + "'; this tool expects '/<project>/"
        + GENERATED_FOLDER + "'");
    }
    return modelDirectory.substring(1, modelDirectory.indexOf('/', 1));
  }

  private ResourceSet createResourceSet(String projectName)
  {
    ResourceSet resourceSet = new ResourceSetImpl();
    Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
    factories.put("ecore", new EcoreResourceFactoryImpl());
    factories.put("genmodel", new EcoreResourceFactoryImpl());
    resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
    resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

    URIConverter uriConverter = resourceSet.getURIConverter();
    Map<URI, URI> uriMap = uriConverter.getURIMap();

    // platform:/plugin/org.eclipse.emf.ecore/ -> the org.eclipse.emf.ecore jar (holds model/Ecore.genmodel and
    // model/Ecore.ecore, which the GenModel's usedGenPackages refers to).
    URI ecoreJar = URI.createURI(EcorePlugin.INSTANCE.getBaseURL().toString());
    uriMap.put(ECORE_PLUGIN_URI, ecoreJar);
    if (!uriConverter.exists(URI.createURI(ECORE_PLUGIN_URI + "model/Ecore.genmodel"), null))
    {
      throw new Failure("model/Ecore.genmodel not found in " + ecoreJar);
    }

    // platform:/resource/<project>/ -> the (empty) staging directory: the generator only ever writes there.
    // The model files themselves are read from the real project: the mapping of the model folder is more specific.
    URI projectUri = URI.createPlatformResourceURI(projectName + "/", true);
    uriMap.put(projectUri, directoryUri(stagingDir));
    Path modelFolder = genModelFile.getParent();
    if (modelFolder.startsWith(projectDir))
    {
      URI modelFolderUri = URI.createPlatformResourceURI(projectName + "/" + projectDir.relativize(modelFolder) + "/", true);
      uriMap.put(modelFolderUri, directoryUri(modelFolder));
    }
    return resourceSet;
  }

  private GenModel loadGenModel(ResourceSet resourceSet, String projectName)
  {
    URI genModelUri;
    if (genModelFile.startsWith(projectDir))
    {
      genModelUri = URI.createPlatformResourceURI(projectName + "/" + projectDir.relativize(genModelFile), true);
    }
    else
    {
      genModelUri = URI.createFileURI(genModelFile.toString());
    }
    Resource resource = load(resourceSet, genModelUri);
    if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof GenModel))
    {
      throw new Failure(genModelFile + " does not contain a GenModel");
    }
    GenModel genModel = (GenModel)resource.getContents().get(0);

    // Load everything it refers to (the .ecore, Ecore.genmodel, ...) and insist that all of it resolves.
    EcoreUtil.resolveAll(resourceSet);
    List<String> problems = new ArrayList<>();
    for (Resource loaded : resourceSet.getResources())
    {
      for (Resource.Diagnostic error : loaded.getErrors())
      {
        problems.add(loaded.getURI() + ": " + error.getMessage());
      }
    }
    Map<EObject, java.util.Collection<EStructuralFeature.Setting>> unresolved =
      EcoreUtil.UnresolvedProxyCrossReferencer.find(resourceSet);
    unresolved.forEach((proxy, settings) ->
      problems.add("unresolved reference to " + EcoreUtil.getURI(proxy) + " (from " + settings.size() + " place(s), e.g. "
        + describe(settings.iterator().next().getEObject()) + ")"));
    if (!problems.isEmpty())
    {
      throw new Failure("the models do not load cleanly:\n  " + String.join("\n  ", problems));
    }
    if (verbose)
    {
      resourceSet.getResources().forEach(r -> info("loaded " + r.getURI() + " -> " + resourceSet.getURIConverter().normalize(r.getURI())));
    }
    return genModel;
  }

  private static Resource load(ResourceSet resourceSet, URI uri)
  {
    try
    {
      return resourceSet.getResource(uri, true);
    }
    catch (RuntimeException exception)
    {
      Throwable cause = exception.getCause() != null ? exception.getCause() : exception;
      throw new Failure("cannot load " + uri + ": " + cause.getMessage());
    }
  }

  private static List<EPackage> ecorePackagesOf(GenModel genModel)
  {
    if (genModel.getGenPackages().isEmpty())
    {
      throw new Failure("the GenModel has no genPackages (it needs at least <genPackages ecorePackage=\"….ecore#/\"/>)");
    }
    List<EPackage> result = new ArrayList<>();
    for (GenPackage genPackage : genModel.getGenPackages())
    {
      EPackage ePackage = genPackage.getEcorePackage();
      if (ePackage == null || ePackage.eIsProxy())
      {
        throw new Failure("GenPackage '" + genPackage.getPrefix() + "' has no resolvable ecorePackage");
      }
      result.add(ePackage);
    }
    return result;
  }

  private void validateEcore(List<EPackage> ePackages)
  {
    for (EPackage ePackage : ePackages)
    {
      Diagnostic diagnostic = Diagnostician.INSTANCE.validate(ePackage);
      report("Ecore model " + ePackage.getNsURI(), diagnostic);
    }
  }

  /**
   * Brings the GenModel up to date with the Ecore model, in memory. The GenModel file stays as it is: it only holds
   * the settings (prefix, basePackage, complianceLevel, rootExtendsClass, ...), which existing GenPackages keep.
   */
  private void reconcile(GenModel genModel, List<EPackage> ePackages)
  {
    // Creates GenClass/GenFeature/GenEnum/GenDataType/... for every Ecore element that has none yet;
    // existing Gen* elements keep their settings.
    genModel.initialize(ePackages);
    // Drops Gen* elements whose Ecore element is gone, adds missing used GenPackages, applies GenModel annotations.
    if (!genModel.reconcile())
    {
      throw new Failure("the GenModel could not be reconciled with its Ecore model");
    }
    genModel.setCanGenerate(true);
    if (verbose)
    {
      for (GenPackage genPackage : genModel.getGenPackages())
      {
        info("GenPackage " + genPackage.getQualifiedPackageName() + ": " + genPackage.getGenClasses().size() + " classes, "
          + genPackage.getGenEnums().size() + " enums, " + genPackage.getGenDataTypes().size() + " data types");
      }
    }
  }

  private void validateGenModel(GenModel genModel)
  {
    report("GenModel", genModel.diagnose());
  }

  private void prepareStaging()
  {
    try
    {
      if (Files.exists(stagingDir))
      {
        deleteTree(stagingDir);
      }
      Files.createDirectories(stagingDir);
    }
    catch (IOException exception)
    {
      throw new Failure("cannot prepare the staging directory " + stagingDir + ": " + exception);
    }
  }

  private void generate(GenModel genModel)
  {
    GeneratorAdapterFactory.Descriptor.Registry registry = new GeneratorAdapterFactory.Descriptor.DelegatingRegistry();
    registry.addDescriptor(GenModelPackage.eNS_URI, ModelCodeOnlyGeneratorAdapterFactory::new);
    Generator generator = new Generator(registry);
    generator.setInput(genModel);

    Object projectType = GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE;
    if (!generator.canGenerate(genModel, projectType))
    {
      throw new Failure("EMF's generator cannot generate model code for this GenModel");
    }
    Monitor monitor = verbose ? new BasicMonitor.Printing(System.out) : new BasicMonitor();
    Diagnostic diagnostic = generator.generate(genModel, projectType, monitor);
    report("code generation", diagnostic);
  }

  /**
   * The staged tree must contain nothing but {@code src-gen/**}: anything else (plugin.xml, META-INF/MANIFEST.MF,
   * build.properties, plugin.properties) would belong to the bundle's hand-maintained files.
   */
  private Map<String, Path> checkStagedOutput()
  {
    Map<String, Path> staged = new TreeMap<>();
    List<String> foreign = new ArrayList<>();
    Path stagedGenerated = stagingDir.resolve(GENERATED_FOLDER);
    for (Path file : regularFiles(stagingDir))
    {
      if (file.startsWith(stagedGenerated))
      {
        staged.put(stagedGenerated.relativize(file).toString(), file);
      }
      else
      {
        foreign.add(stagingDir.relativize(file).toString());
      }
    }
    if (!foreign.isEmpty())
    {
      throw new Failure("the generator produced files outside " + GENERATED_FOLDER + " (refusing to copy anything): "
        + foreign);
    }
    if (staged.isEmpty())
    {
      throw new Failure("the generator produced no files");
    }
    return staged;
  }

  /**
   * Generated code is never edited by hand, so a member marked {@code @generated NOT} in {@code src-gen} means someone
   * did; replacing the file would silently lose that change. Stop instead.
   */
  private static void refuseHandEditedFiles(Path targetDir)
  {
    if (!Files.isDirectory(targetDir))
    {
      return;
    }
    List<String> edited = new ArrayList<>();
    for (Path file : regularFiles(targetDir))
    {
      if (file.toString().endsWith(".java"))
      {
        try
        {
          if (HAND_EDITED.matcher(Files.readString(file, StandardCharsets.UTF_8)).find())
          {
            edited.add(targetDir.relativize(file).toString());
          }
        }
        catch (IOException exception)
        {
          throw new Failure("cannot read " + file + ": " + exception);
        }
      }
    }
    if (!edited.isEmpty())
    {
      throw new Failure("hand-edited code ('@generated NOT') found in " + targetDir + ": " + edited
        + ". Generated code must not be edited: move the change to the .ecore (GenModel annotations) or to hand-written"
        + " code in src/, then delete the edit from " + GENERATED_FOLDER + ".");
    }
  }

  private void synchronise(Map<String, Path> staged, Path stagedDir, Path targetDir)
  {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int deleted = 0;
    synchronising = true;
    try
    {
      for (Map.Entry<String, Path> entry : staged.entrySet())
      {
        Path target = targetDir.resolve(entry.getKey());
        byte[] content = Files.readAllBytes(entry.getValue());
        if (Files.isRegularFile(target))
        {
          if (Arrays.equals(content, Files.readAllBytes(target)))
          {
            ++unchanged;
            continue;
          }
          ++updated;
        }
        else
        {
          ++created;
        }
        Files.createDirectories(target.getParent());
        Files.write(target, content);
      }
      if (Files.isDirectory(targetDir))
      {
        for (Path file : regularFiles(targetDir))
        {
          if (!staged.containsKey(targetDir.relativize(file).toString()))
          {
            info("deleting " + projectDir.relativize(file) + " (no longer generated)");
            Files.delete(file);
            ++deleted;
          }
        }
        deleteEmptyDirectories(targetDir);
      }
    }
    catch (IOException exception)
    {
      throw new Failure("cannot update " + targetDir + ": " + exception);
    }
    info(staged.size() + " files generated in " + targetDir + " (" + created + " new, " + updated + " changed, " + unchanged
      + " unchanged, " + deleted + " deleted)");
  }

  /** Prints a diagnostic's warnings and errors; an error ends the run. */
  private void report(String subject, Diagnostic diagnostic)
  {
    List<String> errors = new ArrayList<>();
    collect(diagnostic, errors, "");
    if (diagnostic.getSeverity() >= Diagnostic.ERROR)
    {
      throw new Failure(subject + " has errors:\n" + String.join("\n", errors));
    }
    if (!errors.isEmpty())
    {
      info(subject + ":\n" + String.join("\n", errors));
    }
  }

  private static void collect(Diagnostic diagnostic, List<String> lines, String indent)
  {
    // A diagnostic with children is a summary ("Diagnosis of ..."): print only the children.
    if (diagnostic.getSeverity() != Diagnostic.OK && diagnostic.getChildren().isEmpty() && diagnostic.getMessage() != null
      && !diagnostic.getMessage().isBlank())
    {
      String severity = switch (diagnostic.getSeverity())
        {
          case Diagnostic.ERROR -> "error";
          case Diagnostic.WARNING -> "warning";
          case Diagnostic.CANCEL -> "cancelled";
          default -> "info";
        };
      lines.add(indent + "  " + severity + ": " + diagnostic.getMessage()
        + (diagnostic.getException() != null ? " (" + diagnostic.getException() + ")" : ""));
      indent = indent + "  ";
    }
    for (Diagnostic child : diagnostic.getChildren())
    {
      collect(child, lines, indent);
    }
  }

  private static String describe(EObject eObject)
  {
    return eObject.eResource() != null ? eObject.eResource().getURIFragment(eObject) + " in " + eObject.eResource().getURI()
      : eObject.toString();
  }

  private static URI directoryUri(Path directory)
  {
    return URI.createFileURI(directory.toString()).appendSegment("");
  }

  private static List<Path> regularFiles(Path root)
  {
    try (Stream<Path> files = Files.walk(root))
    {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
    catch (IOException exception)
    {
      throw new UncheckedIOException(exception);
    }
  }

  private static void deleteEmptyDirectories(Path root) throws IOException
  {
    List<Path> directories;
    try (Stream<Path> paths = Files.walk(root))
    {
      directories = paths.filter(Files::isDirectory).filter(d -> !d.equals(root))
        .sorted(Comparator.comparingInt(Path::getNameCount).reversed()).toList();
    }
    for (Path directory : directories)
    {
      try (Stream<Path> entries = Files.list(directory))
      {
        if (entries.findAny().isEmpty())
        {
          Files.delete(directory);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException
  {
    try (Stream<Path> paths = Files.walk(root))
    {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList())
      {
        Files.delete(path);
      }
    }
  }

  private static void info(String message)
  {
    System.out.println(PROGRAM + ": " + message);
  }

  /**
   * The standard factory, except that the GenModel-level model step (plug-in class, plugin.xml, plugin.properties,
   * build.properties, META-INF/MANIFEST.MF, GWT module) does nothing: the bundle's MANIFEST.MF, plugin.xml and
   * build.properties are maintained by hand. Package, class, enum and utility code is generated as usual.
   */
  static final class ModelCodeOnlyGeneratorAdapterFactory extends GenModelGeneratorAdapterFactory
  {
    @Override
    public Adapter createGenModelAdapter()
    {
      if (genModelGeneratorAdapter == null)
      {
        genModelGeneratorAdapter = new GenModelGeneratorAdapter(this)
          {
            @Override
            protected Diagnostic generateModel(Object object, Monitor monitor)
            {
              monitor.done();
              return Diagnostic.OK_INSTANCE;
            }
          };
      }
      return genModelGeneratorAdapter;
    }
  }

  /** An expected failure, reported as a message without a stack trace. */
  private static final class Failure extends RuntimeException
  {
    private static final long serialVersionUID = 1L;

    Failure(String message)
    {
      super(message);
    }
  }
}
