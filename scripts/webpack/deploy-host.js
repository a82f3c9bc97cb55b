// The address the add-in is deployed at, and the manifest written for it. `npm run build -- --env
// host=https://addins.contoso.example/aicost/` builds dist/ for that address; without a host the
// build keeps the development manifest, which points at https://localhost:3000/.

/** Where the development manifest (manifest.xml) says every file is. */
const DEV_BASE = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";

/**
 * Hosts that name the machine the build runs on, as the URL parser writes them (127.1 is
 * 127.0.0.1, ::ffff:127.0.0.1 is ::ffff:7f00:1): no one else's Excel can reach them.
 */
const LOOPBACK =
  /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|\[::ffff:(7f[0-9a-f]{2}|0):[0-9a-f]{1,4}\])\.?$/i;

/** Why a host cannot be deployed to, in one sentence that names it. */
class HostError extends Error {}

/**
 * The base every file of dist/ is served under, from the host given to the build: an https URL
 * that is no one's local machine, with no user name, query or fragment, whose path ends with a
 * slash (the manifest's addresses are that path followed by a file name). Throws a HostError
 * saying what is wrong otherwise.
 */
function deployBase(host) {
  const given = typeof host === "string" ? host.trim() : "";
  const example = "for example --env host=https://addins.contoso.example/aicost/";
  if (!given) throw new HostError(`host is empty: give the https address dist/ will be served from, ${example}.`);
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new HostError(`host "${given}" is not a URL: give the https address dist/ will be served from, ${example}.`);
  }
  if (url.protocol !== "https:") {
    throw new HostError(
      `host "${given}" is not https: Excel loads add-ins only over https, so give an https address, ${example}.`,
    );
  }
  if (url.username || url.password) {
    throw new HostError(`host "${given}" holds a user name or password: give the address alone.`);
  }
  if (url.search || url.hash || given.endsWith("?") || given.endsWith("#")) {
    throw new HostError(`host "${given}" has a query or a fragment: give the folder's address alone.`);
  }
  if (LOOPBACK.test(url.hostname)) {
    throw new HostError(
      `host "${given}" is this machine (${url.hostname}): a finance team's Excel cannot reach it. ` +
        "The development build (npm start) serves localhost; give the organisation's https server.",
    );
  }
  if (!url.pathname.endsWith("/")) {
    throw new HostError(
      `host "${given}" does not end with a slash: the add-in's files are addressed under a folder, ` +
        `so give ${url.origin}${url.pathname}/.`,
    );
  }
  return { base: `${url.origin}${url.pathname}`, origin: url.origin };
}

/**
 * The manifest's four-part Version from package.json's semantic version: 1.4.2 is 1.4.2.0. A
 * prerelease (1.5.0-beta.1) has no four-part form: the development build states its numbers
 * (1.5.0.0), and a build for a host refuses it, since a deployed update must be seen as one.
 */
function manifestVersion(version, { deployed = false } = {}) {
  const match = /^(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.exec(String(version));
  if (!match || match.slice(1, 4).some((part) => Number(part) > 65535) || (deployed && match[4])) {
    throw new HostError(
      `package.json's version "${version}" cannot be a manifest Version: give major.minor.patch, each 0 to 65535` +
        `${deployed ? ", with no prerelease part" : ""}.`,
    );
  }
  return `${match[1]}.${match[2]}.${match[3]}.0`;
}

/** Text as it may stand inside an XML attribute or element: a host's path may hold an &. */
const xmlText = (text) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The manifest for a deployment: every development address moved under `base`, the add-in's own
 * domain made the host's origin, and the Version set. The add-in's Id is kept, so an update
 * replaces the add-in rather than installing a second one. Without a base only the Version is set.
 */
function manifestFor(xml, { base, origin, version }) {
  const stated = manifestVersion(version, { deployed: Boolean(base) });
  let text = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${stated}</Version>`);
  if (base) {
    text = text
      .split(DEV_BASE)
      .join(xmlText(base))
      .split(`<AppDomain>${DEV_ORIGIN}</AppDomain>`)
      .join(`<AppDomain>${xmlText(origin)}</AppDomain>`);
    // Every development address is moved: one the manifest names in another form would be left.
    if (text.includes(DEV_ORIGIN))
      throw new HostError(`the manifest still names ${DEV_ORIGIN} after moving it to ${base}.`);
  }
  return text;
}

module.exports = { DEV_BASE, DEV_ORIGIN, HostError, deployBase, manifestFor, manifestVersion };
