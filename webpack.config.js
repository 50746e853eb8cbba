// Builds and serves the task pane (src/taskpane). `npm start` = webpack serve --mode development,
// `npm run build` = webpack --mode production (prints the gzipped size of the bundle).
//
// Build-time switches (environment variables or `--env name=value`):
// - OFFICE_JS=local|cdn   where taskpane.html loads office.js from (default: local copy, no
//   network; use "cdn" for a deployment in real Word, see src/taskpane/taskpane.html);
// - DEPLOY_URL=https://…/  production only: replaces https://localhost:3000/ in the copied manifest;
// - LIVRET_DOCX=path.docx  the document the demo opens (default: the bundled livret), served as
//   demo/<its name>; `bash scripts/start.sh FILE.docx` sets it.
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const PORT = 3000;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIR = path.join(__dirname, "node_modules/@microsoft/office-js/dist");
const FONTS_DIR = path.join(__dirname, "node_modules/@fluentui/font-icons-mdl2/fonts");

/**
 * The icon font files the pane registers (src/taskpane/paneIcons.ts, generated): only those are
 * copied to fonts/ and precached for offline use, not the 19 files of every MDL2 subset.
 */
function paneIconFonts() {
  const text = fs.readFileSync(path.join(__dirname, "src/taskpane/paneIcons.ts"), "utf8");
  const files = [...text.matchAll(/file: "([^"]+\.woff)"/g)].map((m) => m[1]);
  if (files.length === 0) throw new Error("src/taskpane/paneIcons.ts: no font file named");
  return files;
}

/** Dev certificates written by `npx office-addin-dev-certs install` (it may fail to trust them on Linux). */
function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const cert = path.join(dir, "localhost.crt");
  const key = path.join(dir, "localhost.key");
  if (!fs.existsSync(cert) || !fs.existsSync(key)) return null;
  const ca = path.join(dir, "ca.crt");
  return {
    cert: fs.readFileSync(cert),
    key: fs.readFileSync(key),
    ...(fs.existsSync(ca) ? { ca: fs.readFileSync(ca) } : {}),
  };
}

/** Prints the gzipped size of every emitted .js of our own (copied office.js files excluded). */
class GzipSizePlugin {
  apply(compiler) {
    // REPORT stage: the optimised sources are final and still in memory (after emit they are not).
    const stage = compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT;
    compiler.hooks.thisCompilation.tap("GzipSizePlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "GzipSizePlugin", stage }, () =>
        this.report(compilation),
      );
    });
  }

  report(compilation) {
    {
      const rows = compilation
        .getAssets()
        .filter((a) => a.name.endsWith(".js") && !a.info.copied)
        .map((a) => {
          const buffer = a.source.buffer();
          return {
            name: a.name,
            raw: buffer.length,
            gzip: zlib.gzipSync(buffer, { level: 9 }).length,
          };
        });
      const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
      const total = rows.reduce((s, r) => s + r.gzip, 0);
      console.log("\nTaille du bundle de production (gzip -9) :");
      for (const r of rows) {
        console.log(`  ${r.name}: ${kib(r.raw)} brut, ${kib(r.gzip)} gzip (${r.gzip} octets)`);
      }
      console.log(`  total gzip : ${kib(total)} (${total} octets)\n`);
    }
  }
}

/**
 * The service worker's precache list (src/taskpane/pwa/serviceWorker.ts): writes the JSON of
 * { version: build hash, files } into sw.js in place of its "__LIVRET_PRECACHE__" literal. Runs
 * after the copied files are added and before minification. The files are what the demo needs
 * to open offline: the page, the bundle, the icon fonts, the assets (the bundled livret) and
 * the manifest; of office-js/ only its loader (the scripts it loads at run time are cached by
 * the worker from what the page actually fetched). Source maps and manifest.xml are left out.
 */
class PrecacheListPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("PrecacheListPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PrecacheListPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const sw = compilation.getAsset("sw.js");
          if (!sw) return;
          const files = compilation
            .getAssets()
            .map((a) => a.name)
            .filter(
              (name) =>
                name !== "sw.js" &&
                !name.endsWith(".map") &&
                !/^manifest.*\.xml$/.test(name) &&
                (!name.startsWith("office-js/") || name === "office-js/office.js"),
            )
            .sort();
          // taskpane.html is emitted later by HtmlWebpackPlugin.
          const build = {
            version: compilation.hash.slice(0, 16),
            files: ["taskpane.html", ...files],
          };
          const literal = JSON.stringify(JSON.stringify(build));
          const code = sw.source.source().toString().replace('"__LIVRET_PRECACHE__"', literal);
          compilation.updateAsset("sw.js", new sources.RawSource(code));
        },
      );
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const officeJs = (env.officejs || process.env.OFFICE_JS || "local").toLowerCase();
  if (officeJs !== "local" && officeJs !== "cdn")
    throw new Error(`OFFICE_JS must be local or cdn, not ${officeJs}`);
  const deployUrl = env.deployUrl || process.env.DEPLOY_URL || "";
  const certs = dev ? devCertificates() : null;
  const demoDocx = env.docx || process.env.LIVRET_DOCX || "";
  if (demoDocx !== "" && !fs.existsSync(demoDocx))
    throw new Error(`LIVRET_DOCX: ${demoDocx} not found`);
  const demoDocument =
    demoDocx === "" ? "assets/livret-mcv-option-b.docx" : `demo/${path.basename(demoDocx)}`;
  const protocol = certs ? "https" : "http";

  // Local office.js (dev and demo): a Content-Security-Policy that keeps the page off the network.
  // Needed because the self-hosted office.js, in a plain browser, still opens a hidden telemetry
  // iframe to telemetryservice.firstpartyapps.oaspapps.com after 3 s (o15apptofilemappingtable.js,
  // ULSEndpointProxy); frame-src 'none' blocks it before any request. Not set for the CDN build:
  // in Word, office.js loads its host files and talks to Office through the CDN.
  const csp =
    officeJs === "local"
      ? [
          "default-src 'self'",
          "script-src 'self'",
          // Fluent's merge-styles inserts rules at run time; taskpane.html has one <style>.
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data: blob:",
          "font-src 'self' data:",
          `connect-src 'self'${dev ? ` ws://localhost:${PORT} wss://localhost:${PORT}` : ""}`,
          "frame-src 'none'",
          "object-src 'none'",
          "base-uri 'self'",
        ].join("; ")
      : "";

  const copies = [
    { from: "assets", to: "assets" },
    // The web app manifest of the demo (installable, offline: src/taskpane/pwa/).
    { from: "src/taskpane/pwa/manifest.webmanifest", to: "manifest.webmanifest" },
    ...(demoDocx === "" ? [] : [{ from: path.resolve(demoDocx), to: demoDocument }]),
    ...paneIconFonts().map((file) => ({ from: path.join(FONTS_DIR, file), to: `fonts/${file}` })),
    {
      from: "manifest*.xml",
      to: "[name][ext]",
      noErrorOnMissing: true,
      transform(content) {
        if (dev || deployUrl === "") return content;
        return content
          .toString()
          .split(DEV_URL)
          .join(deployUrl.endsWith("/") ? deployUrl : `${deployUrl}/`);
      },
    },
  ];
  if (officeJs === "local") {
    copies.push({
      from: OFFICE_JS_DIR,
      to: "office-js",
      // Word's host files, the loader's mapping table and the string tables; not the 45 MB of
      // debug files nor the other Office hosts.
      globOptions: {
        ignore: [
          "**/*.debug.js",
          "**/*.d.ts",
          "**/office-vsdoc.js",
          "**/{excel,powerpoint,outlook,onenote,project,access,visio}*",
          "**/custom-functions-runtime*",
          "**/html2canvas*",
        ],
      },
      // Already minified: without this Terser re-minifies hundreds of files (minutes).
      info: { minimized: true },
    });
  }

  return {
    mode: dev ? "development" : "production",
    // Word on the web, WebView2 (Windows) and WKWebView (Mac) all run ES2020: webpack's runtime and
    // the minifier may write arrows, `const`, `?.` instead of their ES5 forms (ts target ES2020).
    target: ["web", "es2020"],
    // No eval-based source maps: the CSP above has no 'unsafe-eval'.
    devtool: "source-map",
    // sw: the demo's service worker, served as /sw.js so that its scope is the whole site.
    entry: { taskpane: "./src/taskpane/index.tsx", sw: "./src/taskpane/pwa/serviceWorker.ts" },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    // One chunk per import(): the demo's (src/taskpane/demoPage.tsx) keeps its libraries (fflate)
    // with it instead of a vendors chunk of their own, one request and one gzip stream fewer.
    optimization: { splitChunks: { cacheGroups: { defaultVendors: false } } },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The engine is host-neutral; nothing below src/taskpane may need Node built-ins.
      fallback: { fs: false, path: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`; ES modules let webpack tree-shake Fluent.
            options: {
              transpileOnly: true,
              compilerOptions: { module: "es2020", sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: {
          officeJsUrl: officeJs === "cdn" ? OFFICE_JS_CDN : "office-js/office.js",
          csp,
          demoDocument: encodeURI(demoDocument),
        },
      }),
      new CopyWebpackPlugin({ patterns: copies }),
      new PrecacheListPlugin(),
      ...(dev ? [] : [new GzipSizePlugin()]),
    ],
    performance: { hints: false },
    devServer: {
      port: PORT,
      host: "localhost",
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: certs ? { type: "https", options: certs } : { type: "http" },
      static: false,
      client: { overlay: { warnings: false } },
      onListening() {
        const url = `${protocol}://localhost:${PORT}/taskpane.html`;
        console.log(`\nVolet du livret : ${url}`);
        console.log(`  - dans un navigateur : démonstration sur ${demoDocx || demoDocument}`);
        if (certs) {
          console.log(
            "  - dans Word : charger manifest.xml (voir README, « Charger le complément »)\n",
          );
        } else {
          console.log(
            "  Note : pas de certificats dans ~/.office-addin-dev-certs, serveur en HTTP. Word exige\n" +
              "  HTTPS : lancer `npx office-addin-dev-certs install` puis relancer `npm start`.\n",
          );
        }
      },
    },
  };
};
