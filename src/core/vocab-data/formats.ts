// Resource formats: open.canada.ca's `canada_resource_format` values as ids, plus the common
// formats it lacks. `eu` lists the matching EU file types
// (`http://publications.europa.eu/resource/authority/file-type/…`); for those, the two flags
// follow data.europa.eu's machine-readable and non-proprietary lists (a format is flagged when any
// of its EU file types is listed). The others are flagged by the same reading of their specifications.
import type { Format } from '../formats.js';

export interface FormatEntry extends Format {
  /** Other names portals give the format (matched with case, accents and punctuation folded). */
  aliases: string[];
  /** EU file-type codes. */
  eu: string[];
}

interface Options {
  mt?: string[];
  ext?: string[];
  alias?: string[];
  eu?: string[];
  mr: boolean;
  np: boolean;
}

function f(id: string, en: string, fr: string, o: Options): FormatEntry {
  return {
    id,
    label: { en, fr },
    mediaTypes: o.mt ?? [],
    extensions: o.ext ?? [],
    machineReadable: o.mr,
    nonProprietary: o.np,
    aliases: o.alias ?? [],
    eu: o.eu ?? [],
  };
}

// Order matters where formats share a media type or an extension: the first one claims it.
export const FORMAT_ENTRIES: readonly FormatEntry[] = [
  // Tabular data
  f('CSV', 'CSV', 'CSV', { eu: ['CSV'], mt: ['text/csv', 'application/csv', 'text/comma-separated-values', 'text/x-csv', 'application/x-csv'], ext: ['csv'], alias: ['comma separated values', 'valeurs separees par des virgules', 'csv excel'], mr: true, np: true }),
  f('TSV', 'TSV', 'TSV', { eu: ['TSV'], mt: ['text/tab-separated-values'], ext: ['tsv'], alias: ['tab separated values', 'tab delimited', 'valeurs separees par des tabulations'], mr: false, np: true }),
  f('XLSX', 'Excel (XLSX)', 'Excel (XLSX)', { eu: ['XLSX'], mt: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], ext: ['xlsx'], alias: ['excel xlsx', 'ms excel xlsx', 'application vnd ms excel xlsx', 'excel 2007'], mr: true, np: false }),
  f('XLS', 'Excel (XLS)', 'Excel (XLS)', { eu: ['XLS'], mt: ['application/vnd.ms-excel', 'application/excel', 'application/x-excel', 'application/x-msexcel'], ext: ['xls', 'xlsb'], alias: ['excel', 'ms excel', 'microsoft excel', 'excel spreadsheet', 'chiffrier excel', 'xlsb'], mr: true, np: false }),
  f('XLSM', 'Excel (XLSM)', 'Excel (XLSM)', { mt: ['application/vnd.ms-excel.sheet.macroenabled.12'], ext: ['xlsm'], mr: true, np: false }),
  f('ODS', 'OpenDocument spreadsheet', 'Feuille de calcul OpenDocument', { eu: ['ODS'], mt: ['application/vnd.oasis.opendocument.spreadsheet'], ext: ['ods'], alias: ['opendocument spreadsheet'], mr: true, np: true }),
  f('PARQUET', 'Apache Parquet', 'Apache Parquet', { mt: ['application/vnd.apache.parquet', 'application/x-parquet'], ext: ['parquet'], alias: ['parquet', 'apache parquet'], mr: true, np: true }),
  f('SAV', 'SPSS', 'SPSS', { mt: ['application/x-spss-sav'], ext: ['sav'], alias: ['spss'], mr: false, np: false }),
  f('SAS', 'SAS', 'SAS', { mt: ['application/x-sas', 'application/x-sas-data'], ext: ['sas7bdat'], mr: false, np: false }),
  f('DBF', 'dBASE', 'dBASE', { eu: ['DBF'], mt: ['application/dbf', 'application/x-dbf', 'application/dbase', 'application/x-dbase'], ext: ['dbf'], alias: ['dbase'], mr: false, np: true }),
  f('MDB', 'Microsoft Access', 'Microsoft Access', { eu: ['MDB'], mt: ['application/x-msaccess', 'application/msaccess', 'application/vnd.ms-access'], ext: ['mdb', 'accdb'], alias: ['access', 'ms access', 'microsoft access', 'accdb'], mr: false, np: false }),
  f('SQL', 'SQL', 'SQL', { eu: ['SQL'], mt: ['application/sql'], ext: ['sql'], mr: false, np: false }),
  f('SQLITE', 'SQLite', 'SQLite', { mt: ['application/x-sqlite3'], ext: ['sqlite', 'db3'], alias: ['sql lite'], mr: true, np: true }),
  f('SQLITE3', 'SQLite 3', 'SQLite 3', { mt: ['application/vnd.sqlite3'], ext: ['sqlite3'], alias: ['sql lite3'], mr: true, np: true }),
  // Structured data
  f('JSON', 'JSON', 'JSON', { eu: ['JSON'], mt: ['application/json', 'text/json', 'application/x-json'], ext: ['json'], alias: ['openapi json', 'json api', 'esri json'], mr: true, np: true }),
  f('GEOJSON', 'GeoJSON', 'GeoJSON', { eu: ['GEOJSON'], mt: ['application/geo+json', 'application/vnd.geo+json'], ext: ['geojson'], alias: ['geo json'], mr: true, np: true }),
  f('JSONLD', 'JSON-LD', 'JSON-LD', { eu: ['JSON_LD'], mt: ['application/ld+json'], ext: ['jsonld'], alias: ['json ld'], mr: true, np: true }),
  f('JSONL', 'JSON Lines', 'JSON Lines', { mt: ['application/jsonl', 'application/x-ndjson', 'application/x-jsonlines', 'application/json-l', 'application/jsonlines'], ext: ['jsonl', 'ndjson'], alias: ['json lines', 'ndjson', 'newline delimited json'], mr: true, np: true }),
  f('XML', 'XML', 'XML', { eu: ['XML'], mt: ['application/xml', 'text/xml'], ext: ['xml'], mr: true, np: true }),
  f('RDF', 'RDF/XML', 'RDF/XML', { eu: ['RDF_XML', 'RDF'], mt: ['application/rdf+xml'], ext: ['rdf'], alias: ['rdf xml'], mr: true, np: true }),
  f('TTL', 'RDF Turtle', 'RDF Turtle', { eu: ['RDF_TURTLE'], mt: ['text/turtle', 'application/x-turtle'], ext: ['ttl'], alias: ['turtle', 'rdf turtle'], mr: true, np: true }),
  f('NT', 'RDF N-Triples', 'RDF N-Triples', { eu: ['RDF_N_TRIPLES'], mt: ['application/n-triples'], ext: ['nt'], alias: ['n triples', 'ntriples', 'rdf n triples'], mr: true, np: true }),
  f('NQ', 'RDF N-Quads', 'RDF N-Quads', { eu: ['RDF_N_QUADS'], mt: ['application/n-quads'], ext: ['nq'], alias: ['n quads', 'nquads', 'rdf n quads'], mr: true, np: true }),
  f('TRIG', 'TriG', 'TriG', { eu: ['RDF_TRIG'], mt: ['application/trig'], ext: ['trig'], alias: ['rdf trig'], mr: true, np: true }),
  f('TRIX', 'TriX', 'TriX', { ext: ['trix'], mr: true, np: true }),
  f('N3', 'Notation3', 'Notation3', { eu: ['N3'], mt: ['text/n3'], ext: ['n3'], alias: ['notation3', 'notation 3'], mr: false, np: false }),
  f('RDFa', 'RDFa', 'RDFa', { eu: ['RDFA'], ext: ['rdfa'], mr: true, np: false }),
  f('ICS', 'iCalendar', 'iCalendar', { eu: ['ICS'], mt: ['text/calendar'], ext: ['ics', 'ical', 'ifb', 'icalendar'], alias: ['icalendar', 'ical'], mr: true, np: true }),
  f('RSS', 'RSS', 'RSS', { eu: ['RSS'], mt: ['application/rss+xml'], ext: ['rss'], alias: ['rss feed', 'fil rss', 'flux rss'], mr: true, np: true }),
  f('ATOM', 'Atom', 'Atom', { eu: ['ATOM'], mt: ['application/atom+xml'], ext: ['atom'], alias: ['atom feed'], mr: false, np: false }),
  f('IATI', 'IATI', 'IATI', { mr: true, np: true }),
  f('CAP', 'CAP (Common Alerting Protocol)', 'CAP (protocole d’alerte commun)', { mt: ['application/cap+xml'], ext: ['cap'], alias: ['common alerting protocol'], mr: true, np: true }),
  f('EDI', 'EDI', 'EDI', { mt: ['application/edi-x12', 'application/edifact'], ext: ['edi'], mr: true, np: true }),
  f('GTFS', 'GTFS', 'GTFS', { alias: ['gtfs static', 'general transit feed specification', 'gtfs rt', 'gtfs realtime'], mr: true, np: true }),
  f('GBFS', 'GBFS', 'GBFS', { alias: ['general bikeshare feed specification'], mr: true, np: true }),
  f('WATERML1', 'WaterML 1.0', 'WaterML 1.0', { alias: ['waterml1', 'waterml 1', 'waterml1 0', 'waterml 1 0'], mr: true, np: true }),
  f('WATERML2', 'WaterML 2.0', 'WaterML 2.0', { alias: ['waterml2', 'waterml 2', 'waterml2 0', 'waterml 2 0', 'waterml'], mr: true, np: true }),
  // Geospatial vector
  f('SHP', 'Shapefile', 'Fichier de formes (shapefile)', { eu: ['SHP'], mt: ['application/x-shapefile', 'application/vnd.shp', 'x-gis/x-shapefile', 'application/x-esri-shape'], ext: ['shp'], alias: ['shapefile', 'shapefiles', 'shape file', 'shape', 'esri shapefile', 'esri shape', 'arcview shape', 'arcview shapefile', 'zipped shapefile', 'shapefile zip', 'shp zip', 'zip shp', 'shapefile compressed', 'compressed shapefile', 'fichier de formes', 'fichier de forme', 'fichier shapefile', 'fichiers de formes'], mr: true, np: false }),
  f('FGDB/GDB', 'Esri file geodatabase', 'Géodatabase fichier Esri', { eu: ['GDB'], mt: ['application/x-filegdb'], ext: ['gdb'], alias: ['fgdb', 'file geodatabase', 'esri file geodatabase', 'file gdb', 'esri fgdb', 'fgdb gdb', 'geodatabase', 'esri geodatabase', 'geodatabase file', 'geodatabase_file', 'pgdb', 'personal geodatabase', 'fgbd', 'gdb zip', 'fgdb zip', 'geodatabase fichier'], mr: false, np: false }),
  f('GPKG', 'GeoPackage', 'GeoPackage', { mt: ['application/geopackage+sqlite3', 'application/geopackage+vnd.sqlite3'], ext: ['gpkg'], alias: ['geopackage', 'gpk', 'ogc geopackage'], mr: true, np: true }),
  f('KML', 'KML', 'KML', { eu: ['KML'], mt: ['application/vnd.google-earth.kml+xml'], ext: ['kml'], alias: ['kml kmz', 'google earth kml', 'keyhole markup language'], mr: true, np: true }),
  f('KMZ', 'KMZ', 'KMZ', { eu: ['KMZ'], mt: ['application/vnd.google-earth.kmz'], ext: ['kmz'], alias: ['google earth kmz'], mr: true, np: true }),
  f('GML', 'GML', 'GML', { eu: ['GML', 'GMZ'], mt: ['application/gml+xml'], ext: ['gml', 'gmz'], alias: ['geography markup language'], mr: false, np: false }),
  f('GeoParquet', 'GeoParquet', 'GeoParquet', { ext: ['geoparquet'], alias: ['geo parquet'], mr: true, np: true }),
  f('GeoRSS', 'GeoRSS', 'GeoRSS', { ext: ['georss'], mr: true, np: true }),
  f('TAB', 'MapInfo', 'MapInfo', { eu: ['TAB', 'TAB_RSTR'], mt: ['application/x-mapinfo'], ext: ['tab', 'mif', 'mid'], alias: ['mapinfo', 'mapinfo tab', 'mapinfo mif', 'mif', 'mapinfo interchange format', 'mif mid'], mr: false, np: false }),
  f('DXF', 'AutoCAD DXF', 'AutoCAD DXF', { mt: ['image/vnd.dxf', 'application/dxf', 'application/x-dxf'], ext: ['dxf'], alias: ['autocad dxf'], mr: true, np: false }),
  f('DWG', 'AutoCAD DWG', 'AutoCAD DWG', { mt: ['image/vnd.dwg', 'application/acad', 'application/x-dwg'], ext: ['dwg'], alias: ['autocad', 'autocad dwg'], mr: false, np: false }),
  f('DGN', 'MicroStation DGN', 'MicroStation DGN', { ext: ['dgn'], alias: ['microstation', 'microstation dgn'], mr: false, np: false }),
  f('E00', 'Esri E00', 'Esri E00', { eu: ['E00'], ext: ['e00'], alias: ['arcinfo', 'arc info', 'arcinfo export', 'arc info export', 'esri e00', 'arcinfo interchange'], mr: false, np: false }),
  f('LYR', 'Esri layer file', 'Fichier de couche Esri', { ext: ['lyr', 'lyrx'], alias: ['lyrx', 'layer file', 'esri layer', 'arcgis layer'], mr: false, np: false }),
  f('MXD', 'ArcMap document', 'Document ArcMap', { eu: ['MXD'], ext: ['mxd'], alias: ['arcmap document', 'arcmap'], mr: false, np: false }),
  f('APRX', 'ArcGIS Pro project', 'Projet ArcGIS Pro', { ext: ['aprx'], alias: ['arcgis pro project'], mr: false, np: false }),
  f('MAPX', 'ArcGIS Pro map', 'Carte ArcGIS Pro', { ext: ['mapx'], mr: false, np: false }),
  f('QLR', 'QGIS layer definition', 'Définition de couche QGIS', { mt: ['application/x-qgis-layer-definition'], ext: ['qlr'], mr: false, np: true }),
  f('PBF', 'Protocol Buffers (PBF)', 'Protocol Buffers (PBF)', { mt: ['application/x-protobuf', 'application/vnd.mapbox-vector-tile'], ext: ['pbf', 'mvt'], alias: ['osm pbf', 'vector tiles', 'mapbox vector tiles', 'protocol buffers'], mr: true, np: true }),
  f('VPF', 'VPF', 'VPF', { ext: ['vpf'], alias: ['vector product format'], mr: false, np: false }),
  // Geospatial raster and gridded data
  f('GeoTIF', 'GeoTIFF', 'GeoTIFF', { alias: ['geotiff', 'geo tiff', 'geo tif', 'geotiffs', 'geotifs'], mr: false, np: true }),
  f('COG', 'Cloud Optimized GeoTIFF', 'GeoTIFF optimisé pour le nuage', { alias: ['cloud optimized geotiff', 'cloud optimised geotiff', 'geotiff optimise pour le cloud'], mr: false, np: true }),
  f('TIFF', 'TIFF image', 'Image TIFF', { eu: ['TIFF', 'TIFF_FX'], mt: ['image/tiff', 'image/tiff-fx', 'image/tif'], ext: ['tif', 'tiff'], alias: ['tif'], mr: false, np: true }),
  f('TFW', 'World file', 'Fichier de géoréférencement (world file)', { eu: ['WORLD'], ext: ['tfw', 'jgw', 'pgw', 'wld'], alias: ['tiff world file', 'world file'], mr: false, np: false }),
  f('ASCII Grid', 'ASCII Grid', 'Grille ASCII', { eu: ['GRID_ASCII'], mt: ['application/x-ascii-grid'], ext: ['asc'], alias: ['esri ascii grid', 'arc ascii grid', 'ascii raster'], mr: false, np: false }),
  f('CDED ASCII', 'CDED ASCII', 'CDED ASCII', { mr: true, np: true }),
  f('ECW', 'ECW', 'ECW', { eu: ['ECW'], mt: ['application/x-ecw', 'image/x-ecw'], ext: ['ecw'], mr: false, np: false }),
  f('MRSID', 'MrSID', 'MrSID', { eu: ['MRSID'], mt: ['image/x-mrsid'], ext: ['sid'], alias: ['mr sid'], mr: false, np: false }),
  f('JP2', 'JPEG 2000', 'JPEG 2000', { eu: ['JPEG2000'], mt: ['image/jp2', 'image/jpx', 'image/jpm'], ext: ['jp2', 'jpx', 'j2k', 'jpg2'], alias: ['jpeg 2000', 'jpeg2000', 'jpg2'], mr: false, np: true }),
  f('LAS', 'LAS (lidar)', 'LAS (lidar)', { eu: ['LAS', 'LAZ'], mt: ['application/vnd.las', 'application/vnd.laszip'], ext: ['las', 'laz'], alias: ['laz', 'lidar', 'las laz', 'laszip'], mr: false, np: false }),
  f('Flat raster binary', 'Flat raster binary', 'Binaire raster plat', { ext: ['flt'], mr: false, np: false }),
  f('GRD', 'Geosoft grid', 'Grille Geosoft', { mt: ['application/x-filegrd'], ext: ['grd'], alias: ['geosoftgrids', 'geosoft grid', 'grid'], mr: false, np: false }),
  f('GDB', 'Geosoft database', 'Base de données Geosoft', { alias: ['geosoftdatabases', 'geosoft database'], mr: false, np: false }),
  f('NetCDF', 'NetCDF', 'NetCDF', { eu: ['NETCDF'], mt: ['application/x-netcdf', 'application/netcdf'], ext: ['nc', 'nc4', 'netcdf'], alias: ['net cdf', 'netcdf4'], mr: true, np: true }),
  f('HDF', 'HDF', 'HDF', { eu: ['HDF'], mt: ['application/x-hdf', 'application/x-hdf5'], ext: ['hdf', 'h4', 'hdf4', 'he2', 'h5', 'hdf5', 'he5'], alias: ['hdf5', 'hdf4', 'gnu zipped hdf'], mr: false, np: false }),
  f('CDF', 'CDF', 'CDF', { mt: ['application/x-cdf'], ext: ['cdf'], alias: ['common data format'], mr: true, np: true }),
  f('GRIB1', 'GRIB1', 'GRIB1', { ext: ['grib1', 'grb1', 'gb1'], alias: ['grb1', 'gb1'], mr: true, np: true }),
  f('GRIB2', 'GRIB2', 'GRIB2', { mt: ['application/x-grib2'], ext: ['grib2', 'grb2', 'gb2', 'grib', 'grb'], alias: ['grb2', 'gb2', 'grib'], mr: true, np: true }),
  f('BUFR', 'BUFR', 'BUFR', { ext: ['bufr'], mr: true, np: true }),
  f('BAG', 'BAG (bathymetry)', 'BAG (bathymétrie)', { ext: ['bag'], alias: ['bathymetric attributed grid'], mr: true, np: true }),
  f('SEGY', 'SEG-Y', 'SEG-Y', { ext: ['segy', 'sgy'], alias: ['seg y'], mr: true, np: true }),
  f('FITS', 'FITS', 'FITS', { mt: ['application/fits', 'image/fits'], ext: ['fits', 'fit', 'fts'], mr: true, np: true }),
  f('AMF', 'Additive Manufacturing File Format', 'Format de fichier de fabrication additive', { mt: ['application/x-amf'], ext: ['amf'], alias: ['additive manufacturing file format', 'additive manufacturing format'], mr: true, np: true }),
  f('DICOM', 'DICOM', 'DICOM', { mt: ['application/dicom'], ext: ['dcm', 'dicom'], mr: true, np: true }),
  f('BAM', 'BAM', 'BAM', { ext: ['bam'], mr: true, np: true }),
  f('SAM', 'SAM', 'SAM', { ext: ['sam'], mr: true, np: true }),
  f('SAR', 'SAR', 'SAR', { mr: false, np: false }),
  f('CCT', 'CCT', 'CCT', { mr: false, np: false }),
  f('DBD', 'DBD', 'DBD', { mr: false, np: false }),
  // Services and APIs
  f('ESRI REST', 'Esri REST', 'Esri REST', { eu: ['REST', 'MAP_SRVC'], alias: ['arcgis rest', 'arcgis_rest', 'arcgis', 'arcgis rest api', 'arcgis rest services', 'arcgis rest service', 'arcgis geoservices rest api', 'geoservices rest api', 'esri rest api', 'esri rest service', 'rest', 'arcgis server', 'arcgis map service', 'arcgis feature service', 'arcgis image service', 'arcgis mapserver', 'arcgis featureserver', 'esri map service', 'esri feature service', 'esri feature layer', 'feature service', 'feature layer', 'map service', 'image service', 'arcgis online', 'esri arcgis', 'agol'], mr: false, np: false }),
  f('WMS', 'WMS', 'WMS', { eu: ['WMS_SRVC'], mt: ['application/vnd.ogc.wms_xml'], alias: ['web map service', 'ogc wms', 'wms service', 'service wms', 'ogc web map service'], mr: false, np: true }),
  f('WFS', 'WFS', 'WFS', { eu: ['WFS_SRVC'], alias: ['web feature service', 'ogc wfs', 'wfs service', 'service wfs', 'ogc web feature service'], mr: false, np: false }),
  f('WCS', 'WCS', 'WCS', { alias: ['web coverage service', 'ogc wcs', 'wcs service'], mr: false, np: true }),
  f('WMTS', 'WMTS', 'WMTS', { alias: ['web map tile service', 'ogc wmts', 'wmts service'], mr: false, np: true }),
  f('WPS', 'WPS', 'WPS', { alias: ['web processing service', 'ogc wps'], mr: false, np: true }),
  f('API', 'API', 'API', { alias: ['rest api', 'web api', 'api rest', 'openapi', 'open api', 'web service', 'service web', 'webservice', 'json api rest', 'ogc api', 'ogc api features', 'interface de programmation', 'application programming interface'], mr: true, np: false }),
  // Documents and web pages
  f('HTML', 'HTML', 'HTML', { eu: ['HTML', 'XHTML', 'HTML_SIMPL', 'XHTML_SIMPL', 'MHTML'], mt: ['text/html', 'application/xhtml+xml'], ext: ['html', 'htm', 'xhtml', 'xht', 'shtml'], alias: ['web page', 'webpage', 'page web', 'web', 'website', 'web site', 'site web', 'htm', 'htlm', 'xhtml', 'html page', 'landing page', 'page html'], mr: false, np: true }),
  f('Web App', 'Web application', 'Application Web', { alias: ['web application', 'application web', 'webapp', 'web map application', 'web mapping application', 'interactive map', 'carte interactive', 'dashboard', 'tableau de bord', 'story map', 'storymap'], mr: false, np: false }),
  f('PDF', 'PDF', 'PDF', { eu: ['PDF', 'PDF1X', 'PDFX', 'PDFX1A', 'PDFX2A', 'PDFX4', 'PDFA3'], mt: ['application/pdf', 'application/x-pdf', 'application/acrobat'], ext: ['pdf'], alias: ['adobe pdf', 'acrobat', 'portable document format', 'pdfs'], mr: false, np: false }),
  f('PDF/A-1', 'PDF/A-1', 'PDF/A-1', { eu: ['PDFA1A', 'PDFA1B'], alias: ['pdfa1', 'pdf a1', 'pdf a 1a', 'pdf a 1b'], mr: false, np: false }),
  f('PDF/A-2', 'PDF/A-2', 'PDF/A-2', { eu: ['PDFA2A', 'PDFA2B'], alias: ['pdfa2', 'pdf a2', 'pdf a 2a', 'pdf a 2b'], mr: false, np: false }),
  f('PDF/UA', 'PDF/UA', 'PDF/UA', { mr: false, np: false }),
  f('GeoPDF', 'GeoPDF', 'GeoPDF', { alias: ['geospatial pdf', 'geo pdf', 'geopdf'], mr: false, np: false }),
  f('DOCX', 'Word (DOCX)', 'Word (DOCX)', { eu: ['DOCX'], mt: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'], ext: ['docx'], alias: ['word docx', 'ms word docx'], mr: false, np: false }),
  f('DOC', 'Word (DOC)', 'Word (DOC)', { eu: ['DOC'], mt: ['application/msword'], ext: ['doc'], alias: ['word', 'ms word', 'microsoft word', 'word document', 'document word'], mr: false, np: false }),
  f('ODT', 'OpenDocument text', 'Texte OpenDocument', { eu: ['ODT'], mt: ['application/vnd.oasis.opendocument.text'], ext: ['odt'], alias: ['opendocument text'], mr: false, np: false }),
  f('RTF', 'RTF', 'RTF', { eu: ['RTF'], mt: ['text/rtf', 'application/rtf'], ext: ['rtf'], alias: ['rich text format'], mr: false, np: true }),
  f('TXT', 'Plain text', 'Texte brut', { eu: ['TXT'], mt: ['text/plain'], ext: ['txt', 'text'], alias: ['text', 'plain text', 'ascii', 'texte', 'texte brut', 'ascii text'], mr: false, np: true }),
  f('MD', 'Markdown', 'Markdown', { mt: ['text/markdown', 'text/x-markdown'], ext: ['md', 'markdown'], alias: ['markdown'], mr: false, np: true }),
  f('PPTX', 'PowerPoint (PPTX)', 'PowerPoint (PPTX)', { eu: ['PPTX', 'PPSX'], mt: ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'application/vnd.openxmlformats-officedocument.presentationml.slideshow'], ext: ['pptx', 'ppsx'], alias: ['powerpoint pptx'], mr: false, np: false }),
  f('PPT', 'PowerPoint (PPT)', 'PowerPoint (PPT)', { eu: ['PPT', 'PPS'], mt: ['application/vnd.ms-powerpoint'], ext: ['ppt', 'pps'], alias: ['powerpoint', 'ms powerpoint'], mr: false, np: false }),
  f('ODP', 'OpenDocument presentation', 'Présentation OpenDocument', { mt: ['application/vnd.oasis.opendocument.presentation'], ext: ['odp'], alias: ['opendocument presentation'], mr: false, np: true }),
  f('EPUB3', 'EPUB 3', 'EPUB 3', { eu: ['EPUB'], mt: ['application/epub+zip'], ext: ['epub'], alias: ['epub', 'epub 3'], mr: false, np: false }),
  f('EPUB2', 'EPUB 2', 'EPUB 2', { alias: ['epub 2'], mr: false, np: false }),
  f('PBIX', 'Power BI', 'Power BI', { ext: ['pbix'], alias: ['power bi', 'powerbi'], mr: false, np: false }),
  f('MRC', 'MARC', 'MARC', { mt: ['application/marc'], ext: ['mrc'], alias: ['marc'], mr: true, np: true }),
  // Images
  f('PNG', 'PNG image', 'Image PNG', { eu: ['PNG'], mt: ['image/png'], ext: ['png'], mr: false, np: true }),
  f('JPG', 'JPEG image', 'Image JPEG', { eu: ['JPEG'], mt: ['image/jpeg', 'image/jpg', 'image/pjpeg'], ext: ['jpg', 'jpeg', 'jpe'], alias: ['jpeg'], mr: false, np: false }),
  f('JFIF', 'JFIF image', 'Image JFIF', { ext: ['jfif'], mr: false, np: false }),
  f('GIF', 'GIF image', 'Image GIF', { eu: ['GIF'], mt: ['image/gif'], ext: ['gif'], mr: false, np: false }),
  f('BMP', 'BMP image', 'Image BMP', { eu: ['BMP'], mt: ['image/bmp', 'image/x-ms-bmp'], ext: ['bmp', 'dib'], alias: ['bitmap'], mr: false, np: true }),
  f('SVG', 'SVG image', 'Image SVG', { eu: ['SVG'], mt: ['image/svg+xml'], ext: ['svg', 'svgz'], mr: false, np: false }),
  f('AI', 'Adobe Illustrator', 'Adobe Illustrator', { mt: ['application/illustrator'], ext: ['ai'], alias: ['adobe illustrator', 'illustrator'], mr: false, np: false }),
  f('EPS', 'EPS', 'EPS', { eu: ['EPS'], mt: ['application/postscript'], ext: ['eps'], alias: ['encapsulated postscript'], mr: false, np: false }),
  f('EMF', 'EMF image', 'Image EMF', { mt: ['image/emf', 'image/x-emf'], ext: ['emf'], mr: false, np: false }),
  f('DNG', 'DNG image', 'Image DNG', { mt: ['image/dng', 'image/x-adobe-dng'], ext: ['dng'], mr: false, np: false }),
  f('CDR', 'CorelDRAW', 'CorelDRAW', { mt: ['application/vnd.corel-draw'], ext: ['cdr'], alias: ['coreldraw'], mr: false, np: false }),
  // Audio and video
  f('MP3', 'MP3 audio', 'Audio MP3', { mt: ['audio/mpeg', 'audio/mp3'], ext: ['mp3'], mr: false, np: false }),
  f('AAC', 'AAC audio', 'Audio AAC', { mt: ['audio/aac', 'audio/x-aac'], ext: ['aac'], mr: false, np: false }),
  f('AIFF', 'AIFF audio', 'Audio AIFF', { mt: ['audio/aiff', 'audio/x-aiff'], ext: ['aif', 'aiff'], mr: false, np: false }),
  f('WAV', 'WAV audio', 'Audio WAV', { mt: ['audio/wav', 'audio/x-wav', 'audio/wave', 'audio/vnd.wave'], ext: ['wav'], mr: false, np: false }),
  f('BWF', 'Broadcast Wave', 'Broadcast Wave', { eu: ['BWF'], ext: ['bwf'], alias: ['broadcast wave format'], mr: false, np: false }),
  f('MP4', 'MP4 video', 'Vidéo MP4', { eu: ['MPEG4', 'MPEG4_AVC'], mt: ['video/mp4', 'audio/mp4'], ext: ['mp4', 'm4v', 'm4a', 'm4p', 'm4b', 'm4r'], alias: ['mpeg 4', 'mpeg4'], mr: false, np: false }),
  f('MPEG', 'MPEG video', 'Vidéo MPEG', { eu: ['MPEG2'], mt: ['video/mpeg'], ext: ['mpeg', 'mpg', 'm2v'], alias: ['mpeg 2', 'mpeg2'], mr: false, np: false }),
  f('MPEG-1', 'MPEG-1', 'MPEG-1', { alias: ['mpeg1'], mr: false, np: false }),
  f('MOV', 'QuickTime video', 'Vidéo QuickTime', { mt: ['video/quicktime'], ext: ['mov', 'qt'], alias: ['quicktime', 'movie'], mr: false, np: false }),
  f('AVI', 'AVI video', 'Vidéo AVI', { mt: ['video/vnd.avi', 'video/x-msvideo', 'video/avi'], ext: ['avi'], mr: false, np: false }),
  f('WMV', 'WMV video', 'Vidéo WMV', { mt: ['video/x-ms-wmv'], ext: ['wmv'], mr: false, np: false }),
  f('FLV', 'Flash video', 'Vidéo Flash', { mt: ['video/x-flv'], ext: ['flv', 'f4v', 'f4a', 'f4b', 'f4p'], alias: ['fla', 'f4v', 'flash video'], mr: false, np: false }),
  f('MKV', 'Matroska video', 'Vidéo Matroska', { mt: ['video/matroska', 'video/x-matroska'], ext: ['mkv', 'mk3d', 'mka', 'mks'], alias: ['matroska'], mr: false, np: true }),
  f('MFX', 'MXF video', 'Vidéo MXF', { mt: ['application/mxf'], ext: ['mxf'], alias: ['mxf'], mr: false, np: false }),
  // Archives and programs
  f('ZIP', 'ZIP', 'ZIP', { eu: ['ZIP'], mt: ['application/zip', 'application/x-zip-compressed', 'application/x-zip', 'multipart/x-zip'], ext: ['zip'], alias: ['zip archive', 'archive zip', 'compressed', 'zipped', 'fichier compresse', 'compressed zip', 'zip compressed'], mr: false, np: true }),
  f('GZ', 'Gzip', 'Gzip', { eu: ['GZIP', 'TAR_GZ'], mt: ['application/gzip', 'application/x-gzip'], ext: ['gz', 'tgz'], alias: ['gzip', 'tar gz', 'tgz'], mr: false, np: true }),
  f('TAR', 'TAR', 'TAR', { eu: ['TAR'], mt: ['application/x-tar'], ext: ['tar'], mr: false, np: true }),
  f('7Z', '7-Zip', '7-Zip', { mt: ['application/x-7z-compressed'], ext: ['7z'], alias: ['7 zip', '7zip'], mr: false, np: true }),
  f('RAR', 'RAR', 'RAR', { eu: ['RAR'], mt: ['application/vnd.rar', 'application/x-rar-compressed'], ext: ['rar'], mr: false, np: false }),
  f('EXE', 'Executable', 'Exécutable', { eu: ['EXE'], mt: ['application/vnd.microsoft.portable-executable', 'application/x-msdownload', 'application/x-msdos-program'], ext: ['exe', 'msi'], alias: ['executable', 'executable file'], mr: false, np: false }),
  f('JAR', 'Java archive', 'Archive Java', { mt: ['application/java-archive'], ext: ['jar'], mr: false, np: false }),
  f('APK', 'Android application', 'Application Android', { mt: ['application/vnd.android.package-archive'], ext: ['apk'], alias: ['android', 'android application', 'android app'], mr: false, np: false }),
  f('IPA', 'iOS application', 'Application iOS', { ext: ['ipa'], alias: ['ios', 'ios application', 'ios app', 'iphone app'], mr: false, np: false }),
  f('COD', 'BlackBerry application', 'Application BlackBerry', { ext: ['cod'], alias: ['blackberry', 'blackberry application'], mr: false, np: false }),
  // Said when nothing better is known
  f('other', 'Other', 'Autre', { alias: ['others', 'autre', 'autres', 'multiple', 'misc', 'various', 'divers'], mr: false, np: false }),
  f('unknown', 'Unknown', 'Inconnu', { alias: ['inconnu', 'n a', 'na', 'none', 'aucun', 'not specified', 'unspecified'], mr: false, np: false }),
];
