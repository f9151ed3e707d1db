<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_dialogs.py" line="49"/>
        <source>Acknowledge</source>
        <translation>Beri tanda terima</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_dialogs.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_dialogs.py" line="57"/>
        <source>Note to the author</source>
        <translation>Catatan untuk penulis</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_dialogs.py" line="59"/>
        <source>Optional: what you are doing about it</source>
        <translation>Opsional: tindakan yang sedang Anda lakukan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_dialogs.py" line="63"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_dialogs.py" line="64"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_dialogs.py" line="66"/>
        <source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_dialogs.py" line="70"/>
        <source>Send acknowledgement</source>
        <translation>Kirim tanda terima</translation>
    </message>
</context>
<context>
    <name>AddPeerDialog</name>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="109"/>
        <source>Add a peer from its contact card</source>
        <translation>Tambahkan mitra dari kartu kontaknya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="110"/>
        <source>Contact cards (*.card);;All files (*)</source>
        <translation>Kartu kontak (*.card);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="111"/>
        <source>Contact card</source>
        <translation>Kartu kontak</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="111"/>
        <source>Contact card file</source>
        <translation>Berkas kartu kontak</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="113"/>
        <source>&amp;Contact card:</source>
        <translation>&amp;Kartu kontak:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="115"/>
        <source>optional: instead of the URL on the card</source>
        <translation>opsional: sebagai pengganti URL pada kartu</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="116"/>
        <source>Endpoint &amp;URL:</source>
        <translation>&amp;URL endpoint:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="116"/>
        <source>Endpoint URL (optional)</source>
        <translation>URL endpoint (opsional)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="117"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Sertifikat (*.pem *.crt *.cer);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="118"/>
        <source>Certificate to pin</source>
        <translation>Sertifikat yang akan disematkan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="118"/>
        <source>Certificate to pin (optional)</source>
        <translation>Sertifikat yang akan disematkan (opsional)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="119"/>
        <source>Pinned certi&amp;ficate:</source>
        <translation>&amp;Sertifikat yang disematkan:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="121"/>
        <source>Direct (no hub)</source>
        <translation>Langsung (tanpa hub)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="124"/>
        <source>Reach it &amp;via:</source>
        <translation>Jangkau &amp;melalui:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="124"/>
        <source>Reach it via a hub</source>
        <translation>Jangkau melalui hub</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/siaga/gui/app.py" line="227"/>
        <source>Receiving from peers</source>
        <extracomment>input events that count as the user being there after input was seen, how long input goes unwatched (the idle lock may come this much early) the main window is shown for an unlocked station the station was locked (idle time, or the user asked)</extracomment>
        <translation>Menerima dari mitra</translation>
    </message>
</context>
<context>
    <name>Correlation</name>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="29"/>
        <source>an address or name kept for documentation and examples, not a real attacker</source>
        <translation>alamat atau nama yang disediakan untuk dokumentasi dan contoh, bukan penyerang sungguhan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="31"/>
        <source>a private or reserved address that does not reach the internet</source>
        <translation>alamat privat atau khusus yang tidak terhubung ke internet</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="33"/>
        <source>a public DNS resolver</source>
        <translation>resolver DNS publik</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="34"/>
        <source>one of the most visited websites</source>
        <translation>salah satu situs web yang paling banyak dikunjungi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="35"/>
        <source>an address or domain of a large provider</source>
        <translation>alamat atau domain milik penyedia layanan besar</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="36"/>
        <source>a known harmless file</source>
        <translation>berkas yang dikenal tidak berbahaya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="37"/>
        <source>a known research scanner</source>
        <translation>pemindai riset yang dikenal</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="38"/>
        <source>a value known not to be malicious</source>
        <translation>nilai yang dikenal tidak berbahaya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="42"/>
        <source>Check this is really the attacker&apos;s: it is {what} (MISP warning list: {name})</source>
        <translation>Periksa apakah ini benar milik penyerang: ini adalah {what} (daftar peringatan MISP: {name})</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="53"/>
        <source>Seen in {count} other report(s) from {countries}</source>
        <translation>Terlihat di {count} laporan lain dari {countries}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="65"/>
        <source>Seen elsewhere</source>
        <translation>Terlihat di tempat lain</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="65"/>
        <source>{sentence} within {days} days; tied by: {ties}</source>
        <translation>{sentence} dalam {days} hari; dihubungkan oleh: {ties}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="71"/>
        <source>Warning list</source>
        <translation>Daftar peringatan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="74"/>
        <source>Sightings</source>
        <translation>Laporan terlihat juga</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="74"/>
        <source>{count} partner(s) said they saw it too</source>
        <translation>{count} mitra menyatakan juga melihatnya</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="261"/>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="262"/>
        <source>Only the summary is required; add what you know.</source>
        <translation>Hanya ringkasan yang wajib diisi; tambahkan apa yang Anda ketahui.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="265"/>
        <source>When it was observed, local time</source>
        <translation>Waktu pengamatan, waktu setempat</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="274"/>
        <source>Sectors affected</source>
        <translation>Sektor terdampak</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="282"/>
        <source>Functional impact</source>
        <translation>Dampak fungsional</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="282"/>
        <source>Information impact</source>
        <translation>Dampak informasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="283"/>
        <source>Recoverability</source>
        <translation>Kemampuan pemulihan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="295"/>
        <source>Indicators, one per line</source>
        <translation>Indikator, satu per baris</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="296"/>
        <source>203.0.113.7
sha256 9f86d081884c7d65...
hxxp://bad[.]example/x</source>
        <translation>203.0.113.7
sha256 9f86d081884c7d65...
hxxp://bad[.]example/x</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="300"/>
        <source>Notes on the indicator lines</source>
        <translation>Catatan tentang baris indikator</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="304"/>
        <source>Summary, one line</source>
        <translation>Ringkasan, satu baris</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="307"/>
        <source>Narrative</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="314"/>
        <source>&amp;When observed (your time):</source>
        <translation>&amp;Waktu pengamatan (waktu Anda):</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="317"/>
        <source>Sectors a&amp;ffected:</source>
        <translation>&amp;Sektor terdampak:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="318"/>
        <source>F&amp;unctional impact:</source>
        <translation>Dampak &amp;fungsional:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="319"/>
        <source>Inf&amp;ormation impact:</source>
        <translation>Dampak &amp;informasi:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="320"/>
        <source>Re&amp;coverability:</source>
        <translation>Kemampuan pe&amp;mulihan:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="321"/>
        <source>&amp;Indicators (type value, or just the value):</source>
        <translation>In&amp;dikator (jenis nilai, atau nilainya saja):</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="323"/>
        <source>Su&amp;mmary:</source>
        <translation>Ri&amp;ngkasan:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="324"/>
        <source>Na&amp;rrative:</source>
        <translation>U&amp;raian:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="349"/>
        <source>As observed: {label}</source>
        <translation>Sesuai pengamatan: {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="350"/>
        <source>Not known</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="365"/>
        <source>{time} UTC</source>
        <translation>{time} UTC</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="381"/>
        <source>Line {line}: {problem}</source>
        <translation>Baris {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="386"/>
        <source>Line {line}: read as {kind}</source>
        <translation>Baris {line}: dibaca sebagai {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="392"/>
        <source>Line {line}: {warning}</source>
        <translation>Baris {line}: {warning}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="28"/>
        <source>Wrong passphrase. The station stays locked; try again.</source>
        <translation>Frasa sandi salah. Stasiun tetap terkunci; silakan coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="30"/>
        <source>There is no station in this folder yet.</source>
        <translation>Belum ada stasiun di folder ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="31"/>
        <source>A station already exists in this folder.</source>
        <translation>Sudah ada stasiun di folder ini.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="33"/>
        <source>Please check this field: {detail}</source>
        <translation>Periksa isian ini: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="34"/>
        <source>Unknown code: {detail}</source>
        <translation>Kode tidak dikenal: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="35"/>
        <source>This could not be read, or it was altered on the way: {detail}</source>
        <translation>Data ini tidak dapat dibaca, atau telah diubah dalam perjalanan: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="37"/>
        <source>The code line is not valid: {detail}</source>
        <translation>Baris kode tidak sah: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="38"/>
        <source>Not found: {detail}</source>
        <translation>Tidak ditemukan: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="39"/>
        <source>Nobody to send this to: {detail}</source>
        <translation>Tidak ada penerima untuk pesan ini: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="40"/>
        <source>The station&apos;s files could not be read or written (is the disk full?): {detail}</source>
        <translation>Berkas stasiun tidak dapat dibaca atau ditulis (apakah disk penuh?): {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="42"/>
        <source>The codebook is damaged: {detail}</source>
        <translation>Buku kode rusak: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="43"/>
        <source>The messages were refused: {detail}</source>
        <translation>Pesan ditolak: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="44"/>
        <source>The peer refused the request: {detail}</source>
        <translation>Mitra menolak permintaan: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="45"/>
        <source>The report&apos;s handling label does not allow this: {detail}</source>
        <translation>Label penanganan laporan ini tidak mengizinkannya: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="47"/>
        <location filename="../../desktop/siaga/gui/errors.py" line="48"/>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="241"/>
        <source>The file could not be read or written: {detail}</source>
        <translation>Berkas tidak dapat dibaca atau ditulis: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="244"/>
        <source>Something went wrong that Siaga did not expect. Nothing was lost; the details are in the log.</source>
        <translation>Terjadi kesalahan yang tidak terduga. Tidak ada data yang hilang; rinciannya tercatat di log.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_dialogs.py" line="130"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_dialogs.py" line="131"/>
        <source>&amp;STIX 2.1 bundle</source>
        <translation>Bundel &amp;STIX 2.1</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_dialogs.py" line="133"/>
        <source>&amp;MISP events</source>
        <translation>Event &amp;MISP</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_dialogs.py" line="136"/>
        <source>The s&amp;elected report(s) ({count})</source>
        <translation>Laporan yang &amp;dipilih ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_dialogs.py" line="138"/>
        <source>Every report matching the &amp;filter</source>
        <translation>Semua laporan yang &amp;cocok dengan filter</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_dialogs.py" line="143"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_dialogs.py" line="144"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_dialogs.py" line="153"/>
        <source>Choose file...</source>
        <translation>Pilih berkas...</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../desktop/siaga/gui/export_flow.py" line="60"/>
        <source>Export STIX 2.1</source>
        <translation>Ekspor STIX 2.1</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/export_flow.py" line="60"/>
        <source>Export MISP events</source>
        <translation>Ekspor event MISP</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/export_flow.py" line="61"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Berkas JSON (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/export_flow.py" line="82"/>
        <location filename="../../desktop/siaga/gui/export_flow.py" line="83"/>
        <source>Reading the reports...</source>
        <translation>Membaca laporan...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/export_flow.py" line="82"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/export_flow.py" line="85"/>
        <location filename="../../desktop/siaga/gui/export_flow.py" line="116"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/export_flow.py" line="109"/>
        <source>{count} report(s) written to {file}</source>
        <translation>{count} laporan ditulis ke {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/export_flow.py" line="110"/>
        <source>Nothing to export: no report matches.</source>
        <translation>Tidak ada yang diekspor: tidak ada laporan yang cocok.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/export_flow.py" line="114"/>
        <source>Export cancelled.</source>
        <translation>Ekspor dibatalkan.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="166"/>
        <source>Message type</source>
        <translation>Jenis pesan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="167"/>
        <source>Incident code</source>
        <translation>Kode insiden</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="168"/>
        <source>First observed</source>
        <translation>Waktu pengamatan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="169"/>
        <source>Indicators</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="170"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="171"/>
        <source>Narrative</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="172"/>
        <source>Scope</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="173"/>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="174"/>
        <source>PAP</source>
        <translation>PAP</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="175"/>
        <source>Countries</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="176"/>
        <location filename="../../desktop/siaga/gui/errors.py" line="177"/>
        <source>Recipients</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="178"/>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="179"/>
        <source>Station name</source>
        <translation>Nama stasiun</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="180"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="181"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="182"/>
        <source>Endpoint URL</source>
        <translation>URL endpoint</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="45"/>
        <source>Browse...</source>
        <translation>Telusuri...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="46"/>
        <source>Browse for: {what}</source>
        <translation>Telusuri: {what}</translation>
    </message>
</context>
<context>
    <name>FingerprintPage</name>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="234"/>
        <source>Your station is ready</source>
        <translation>Stasiun Anda siap</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="235"/>
        <source>These digits identify your station&apos;s keys. Give partners your contact card, then read the digits to them (by phone or in person) so they can verify it.</source>
        <translation>Angka-angka ini mengidentifikasi kunci stasiun Anda. Berikan kartu kontak Anda kepada mitra, lalu bacakan angka-angka ini kepada mereka (melalui telepon atau secara langsung) agar mereka dapat memverifikasinya.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="237"/>
        <source>Fingerprint digits</source>
        <translation>Angka sidik jari</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="238"/>
        <source>&amp;Save contact card...</source>
        <translation>&amp;Simpan kartu kontak...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="239"/>
        <source>Save contact card to a file</source>
        <translation>Simpan kartu kontak ke berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="245"/>
        <source>Save contact card</source>
        <translation>Simpan kartu kontak</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="245"/>
        <source>Contact cards (*.card);;All files (*)</source>
        <translation>Kartu kontak (*.card);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="252"/>
        <source>Contact card not saved</source>
        <translation>Kartu kontak tidak disimpan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="254"/>
        <source>Contact card saved to {path}</source>
        <translation>Kartu kontak disimpan ke {path}</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_dialogs.py" line="86"/>
        <location filename="../../desktop/siaga/gui/inbox_dialogs.py" line="110"/>
        <source>Forward</source>
        <translation>Teruskan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_dialogs.py" line="89"/>
        <source>Peers to forward to</source>
        <translation>Mitra tujuan penerusan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_dialogs.py" line="92"/>
        <source>{name} ({org}, {country})</source>
        <translation>{name} ({org}, {country})</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_dialogs.py" line="94"/>
        <source>{peer} — not allowed: {reason}</source>
        <translation>{peer} — tidak diizinkan: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_dialogs.py" line="106"/>
        <source>The author&apos;s signature travels with the report; its TLP label decides who may get it.</source>
        <translation>Tanda tangan penulis tetap menyertai laporan; label TLP-nya menentukan siapa yang boleh menerimanya.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_dialogs.py" line="107"/>
        <source>This report may not be forwarded to any of your peers.</source>
        <translation>Laporan ini tidak boleh diteruskan kepada mitra mana pun.</translation>
    </message>
</context>
<context>
    <name>HandlingPage</name>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="413"/>
        <source>Handling</source>
        <translation>Penanganan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="414"/>
        <source>Check the proposed severity, the sharing labels and who receives the report.</source>
        <translation>Periksa usulan tingkat keparahan, label berbagi, dan penerima laporan.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="417"/>
        <source>Severity</source>
        <translation>Tingkat keparahan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="425"/>
        <source>Sharing label (TLP)</source>
        <translation>Label berbagi (TLP)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="428"/>
        <source>Permitted actions label (PAP)</source>
        <translation>Label tindakan yang diizinkan (PAP)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="431"/>
        <source>Sco&amp;pe</source>
        <translation>Cak&amp;upan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="433"/>
        <source>Scope</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="449"/>
        <source>Search countries and groups</source>
        <translation>Cari negara dan grup</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="450"/>
        <source>Type a name or code, e.g. Malaysia, MY, ASEAN</source>
        <translation>Ketik nama atau kode, mis. Malaysia, MY, ASEAN</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="454"/>
        <source>Countries and groups</source>
        <translation>Negara dan grup</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="466"/>
        <source>Recipients</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="472"/>
        <source>&amp;Severity:</source>
        <translation>Tingkat ke&amp;parahan:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="474"/>
        <source>&amp;TLP:</source>
        <translation>&amp;TLP:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="476"/>
        <source>P&amp;AP:</source>
        <translation>P&amp;AP:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="479"/>
        <source>Fin&amp;d:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="480"/>
        <source>&amp;Countries and groups:</source>
        <translation>Negara dan &amp;grup:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="481"/>
        <source>Goes to:</source>
        <translation>Dikirim ke:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="515"/>
        <source>{level} (proposed)</source>
        <translation>{level} (usulan)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="530"/>
        <source>Choose the scope first.</source>
        <translation>Pilih cakupan terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>InboxFilterBar</name>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="54"/>
        <source>Incident code</source>
        <extracomment>a date box at this date means &quot;any date&quot;</extracomment>
        <translation>Kode insiden</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="57"/>
        <source>Severity</source>
        <translation>Tingkat keparahan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="61"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="62"/>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="116"/>
        <source>Any</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="65"/>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="66"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="67"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="68"/>
        <source>Received from</source>
        <translation>Diterima sejak</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="69"/>
        <source>Received until</source>
        <translation>Diterima sampai</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="72"/>
        <source>Search summaries</source>
        <translation>Cari ringkasan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="73"/>
        <source>Words in the summary (Ctrl+F)</source>
        <translation>Kata dalam ringkasan (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="81"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Hapus filter</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="83"/>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="99"/>
        <source>&amp;Code</source>
        <translation>K&amp;ode</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="99"/>
        <source>Se&amp;verity</source>
        <translation>Ke&amp;parahan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="100"/>
        <source>&amp;TLP</source>
        <translation>T&amp;LP</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="100"/>
        <source>Stat&amp;us</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="100"/>
        <source>Countr&amp;y</source>
        <translation>&amp;Negara</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="101"/>
        <source>F&amp;rom</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="101"/>
        <source>U&amp;ntil</source>
        <translation>Sampa&amp;i</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="101"/>
        <source>Searc&amp;h</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="129"/>
        <source>any date</source>
        <translation>tanggal berapa pun</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="163"/>
        <source>This search cannot be run: {detail}</source>
        <translation>Pencarian ini tidak dapat dijalankan: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="168"/>
        <source>No country matches “{text}”</source>
        <translation>Tidak ada negara yang cocok dengan “{text}”</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="151"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="151"/>
        <source>Sender</source>
        <translation>Pengirim</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="151"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="151"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="151"/>
        <source>Severity</source>
        <translation>Tingkat keparahan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="152"/>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="152"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="193"/>
        <source>{name} (external)</source>
        <translation>{name} (eksternal)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="204"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="206"/>
        <source>{status} · seen by {count} countries</source>
        <translation>{status} · terlihat oleh {count} negara</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="214"/>
        <source>Verified peer</source>
        <translation>Mitra terverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="215"/>
        <source>Signature valid; peer not verified</source>
        <translation>Tanda tangan sah; mitra belum terverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="216"/>
        <source>Peer revoked its keys</source>
        <translation>Mitra telah mencabut kuncinya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="217"/>
        <source>Signature valid; author not in the directory</source>
        <translation>Tanda tangan sah; penulis tidak ada di direktori</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="218"/>
        <source>External report (STIX): no Siaga signature</source>
        <translation>Laporan eksternal (STIX): tanpa tanda tangan Siaga</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="222"/>
        <source>{count} countries reported the same indicator, or this code in the same sector, within a few days of each other</source>
        <translation>{count} negara melaporkan indikator yang sama, atau kode ini di sektor yang sama, dalam selang beberapa hari</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="121"/>
        <source>Inbox: received reports</source>
        <extracomment>an urgent report arrived: {&quot;id&quot;, &quot;type&quot;, &quot;code&quot;, &quot;severity&quot;, &quot;sender&quot;, &quot;summary&quot;}</extracomment>
        <translation>Kotak masuk: laporan yang diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="136"/>
        <source>The selected report</source>
        <translation>Laporan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="138"/>
        <source>&amp;Acknowledge...</source>
        <translation>Beri &amp;tanda terima...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="139"/>
        <source>&amp;Forward...</source>
        <translation>Ter&amp;uskan...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="140"/>
        <source>Seen here too...</source>
        <translation>Terlihat juga di sini...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="141"/>
        <source>E&amp;xport...</source>
        <translation>&amp;Ekspor...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="142"/>
        <source>I&amp;mport STIX...</source>
        <translation>Impor STI&amp;X...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="289"/>
        <source>The urgent report is not listed with the filters chosen; clear them to act on it.</source>
        <translation>Laporan mendesak tidak tercantum dengan filter yang dipilih; hapus filter untuk menindaklanjutinya.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="299"/>
        <source>Urgent: {code} from {sender} — {summary}</source>
        <translation>Mendesak: {code} dari {sender} — {summary}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="318"/>
        <source>Acknowledgement ({status}) queued for the author</source>
        <translation>Tanda terima ({status}) diantrekan untuk penulis</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="324"/>
        <source>Acknowledge</source>
        <translation>Beri tanda terima</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="334"/>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="348"/>
        <source>Seen here too</source>
        <translation>Terlihat juga di sini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="344"/>
        <source>The author will be told it was seen here too.</source>
        <translation>Penulis akan diberi tahu bahwa ini juga terlihat di sini.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="360"/>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="374"/>
        <source>Forward</source>
        <translation>Teruskan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="370"/>
        <source>Forwarded to {count} peer(s); see the outbox</source>
        <translation>Diteruskan kepada {count} mitra; lihat kotak keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="392"/>
        <source>Import a STIX 2.1 bundle</source>
        <translation>Impor bundel STIX 2.1</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="393"/>
        <source>STIX bundles (*.json);;All files (*)</source>
        <translation>Bundel STIX (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="404"/>
        <source>{found} incident(s) read, {new} new; shown as external (unsigned) reports</source>
        <translation>{found} insiden dibaca, {new} baru; ditampilkan sebagai laporan eksternal (tanpa tanda tangan)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="408"/>
        <source>Import STIX</source>
        <translation>Impor STIX</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="81"/>
        <source>Siaga — {station}</source>
        <translation>Siaga — {station}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="57"/>
        <source>Views</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="61"/>
        <source>&amp;Inbox</source>
        <translation>Kotak &amp;masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="62"/>
        <source>&amp;Outbox</source>
        <translation>Kotak &amp;keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="63"/>
        <source>&amp;Peers</source>
        <translation>Mit&amp;ra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="52"/>
        <location filename="../../desktop/siaga/gui/main_window.py" line="72"/>
        <source>Siaga</source>
        <translation>Siaga</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="94"/>
        <source>&amp;New report...</source>
        <translation>Laporan &amp;baru...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="96"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="97"/>
        <source>&amp;Import bundle...</source>
        <translation>&amp;Impor bundel...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="99"/>
        <source>&amp;Export bundle for a peer...</source>
        <translation>&amp;Ekspor bundel untuk mitra...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="101"/>
        <source>Se&amp;ttings...</source>
        <translation>Pen&amp;gaturan...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="103"/>
        <source>&amp;Lock</source>
        <translation>&amp;Kunci</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="104"/>
        <source>&amp;Quit</source>
        <translation>Kel&amp;uar</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="106"/>
        <source>&amp;Station</source>
        <translation>&amp;Stasiun</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="110"/>
        <source>Main</source>
        <translation>Utama</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="119"/>
        <source>Not syncing</source>
        <translation>Tidak menyinkronkan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="121"/>
        <source>Connection state</source>
        <translation>Status koneksi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="124"/>
        <source>Sync progress</source>
        <translation>Kemajuan sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="127"/>
        <source>Last sync: never</source>
        <translation>Sinkronisasi terakhir: belum pernah</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="129"/>
        <source>Last sync</source>
        <translation>Sinkronisasi terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="144"/>
        <source>Syncing when a connection is available</source>
        <translation>Menyinkronkan bila koneksi tersedia</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="150"/>
        <source>Sync is off for this session</source>
        <translation>Sinkronisasi nonaktif untuk sesi ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="153"/>
        <source>Syncing...</source>
        <translation>Menyinkronkan...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="166"/>
        <source>Sending {done} of {total}</source>
        <translation>Mengirim {done} dari {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="172"/>
        <source>Last sync: {time}</source>
        <translation>Sinkronisasi terakhir: {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="188"/>
        <source>Sync problem: {reason}</source>
        <translation>Masalah sinkronisasi: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="194"/>
        <source>Offline: reports wait in the outbox</source>
        <translation>Luring: laporan menunggu di kotak keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="196"/>
        <source>Online: {up} of {known} peers reachable</source>
        <translation>Daring: {up} dari {known} mitra dapat dijangkau</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="198"/>
        <source>Nothing to send</source>
        <translation>Tidak ada yang perlu dikirim</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="200"/>
        <source> · {count} waiting</source>
        <translation> · {count} menunggu</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="219"/>
        <location filename="../../desktop/siaga/gui/main_window.py" line="265"/>
        <source>New report</source>
        <translation>Laporan baru</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="259"/>
        <source>Report signed and queued ({id})</source>
        <translation>Laporan ditandatangani dan diantrekan ({id})</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="230"/>
        <location filename="../../desktop/siaga/gui/main_window.py" line="274"/>
        <source>Unfinished report</source>
        <translation>Laporan belum selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="275"/>
        <source>A report you were writing ({when}) was kept. Continue it?</source>
        <translation>Laporan yang sedang Anda tulis ({when}) telah disimpan. Lanjutkan?</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="287"/>
        <location filename="../../desktop/siaga/gui/main_window.py" line="303"/>
        <source>Import bundle</source>
        <translation>Impor bundel</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="288"/>
        <source>Siaga bundles (*.sgb);;All files (*)</source>
        <translation>Bundel Siaga (*.sgb);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="294"/>
        <source>Bundle imported: {count} message(s), {new} new</source>
        <translation>Bundel diimpor: {count} pesan, {new} baru</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="312"/>
        <source>Choose the peer in the Peers tab first, then export again.</source>
        <translation>Pilih mitra di tab Mitra terlebih dahulu, lalu ekspor lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="315"/>
        <location filename="../../desktop/siaga/gui/main_window.py" line="328"/>
        <source>Export bundle</source>
        <translation>Ekspor bundel</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="316"/>
        <source>Siaga bundles (*.sgb)</source>
        <translation>Bundel Siaga (*.sgb)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="327"/>
        <source>{count} message(s) written to the bundle</source>
        <translation>{count} pesan ditulis ke bundel</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="334"/>
        <source>Urgent report</source>
        <translation>Laporan mendesak</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="337"/>
        <source>{code} from {sender}: {summary}</source>
        <translation>{code} dari {sender}: {summary}</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="225"/>
        <source>Message {id}</source>
        <translation>Pesan {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="228"/>
        <source>The message as its recipients read it</source>
        <translation>Pesan sebagaimana dibaca penerimanya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="233"/>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="234"/>
        <source>Code line</source>
        <translation>Baris kode</translation>
    </message>
</context>
<context>
    <name>ObservePage</name>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="134"/>
        <source>What did you observe?</source>
        <extracomment>item data for &quot;no code&quot; entries (PySide6 mishandles None stored as item data)</extracomment>
        <translation>Apa yang Anda amati?</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="135"/>
        <source>Tick everything that fits. Siaga suggests the incident code.</source>
        <translation>Centang semua yang sesuai. Siaga akan menyarankan kode insiden.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="139"/>
        <source>Message type</source>
        <translation>Jenis pesan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="147"/>
        <source>Search observations</source>
        <translation>Cari pengamatan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="148"/>
        <source>Type a word, e.g. ransom, password, website</source>
        <translation>Ketik sebuah kata, mis. tebusan, kata sandi, situs web</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="152"/>
        <source>Observations</source>
        <translation>Pengamatan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="170"/>
        <source>Suggested incident codes</source>
        <translation>Kode insiden yang disarankan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="174"/>
        <source>Another incident code</source>
        <translation>Kode insiden lain</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="175"/>
        <source>(the selected suggestion)</source>
        <translation>(saran yang dipilih)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="183"/>
        <source>Message &amp;type:</source>
        <translation>&amp;Jenis pesan:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="184"/>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="185"/>
        <source>What you &amp;observed:</source>
        <translation>Yang Anda &amp;amati:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="186"/>
        <source>Su&amp;ggested codes:</source>
        <translation>Kode yang &amp;disarankan:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="187"/>
        <source>Or pick &amp;another code:</source>
        <translation>Atau pilih kode la&amp;in:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="225"/>
        <source>because: {reasons}</source>
        <translation>karena: {reasons}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="237"/>
        <source>Incident code: {label} ({code})</source>
        <translation>Kode insiden: {label} ({code})</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="282"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="282"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="282"/>
        <source>Incident</source>
        <translation>Insiden</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="282"/>
        <source>Severity</source>
        <translation>Tingkat keparahan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="282"/>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="283"/>
        <source>Summary / delivery</source>
        <translation>Ringkasan / pengiriman</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="311"/>
        <source>to {name}</source>
        <translation>kepada {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="328"/>
        <source>{summary} · seen by {count} partner(s)</source>
        <translation>{summary} · terlihat oleh {count} mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="338"/>
        <source>Acknowledged: {status} — {note}</source>
        <translation>Diterima: {status} — {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="340"/>
        <source>Acknowledged: {status}</source>
        <translation>Diterima: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="343"/>
        <source>Queued</source>
        <translation>Dalam antrean</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="345"/>
        <source>Sending</source>
        <translation>Sedang dikirim</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="347"/>
        <source>Relayed through {hub} at {time}; waiting for the receipt</source>
        <translation>Diteruskan melalui {hub} pada {time}; menunggu bukti penerimaan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="353"/>
        <source>Delivered {time} (receipt verified)</source>
        <translation>Terkirim {time} (bukti penerimaan terverifikasi)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="354"/>
        <source>Delivered {time} (stored in the TAXII collection)</source>
        <translation>Terkirim {time} (tersimpan di koleksi TAXII)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="356"/>
        <source>Failing: {reason}, next try {time}</source>
        <translation>Gagal: {reason}, percobaan berikutnya {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="359"/>
        <source>Given up: {reason}</source>
        <translation>Dihentikan: {reason}</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="60"/>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="64"/>
        <source>Open the selected message</source>
        <translation>Buka pesan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="85"/>
        <source>Outbox: sent messages and their deliveries</source>
        <translation>Kotak keluar: pesan terkirim dan status pengirimannya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="58"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;inkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="62"/>
        <source>Op&amp;en...</source>
        <translation>B&amp;uka...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="67"/>
        <source>E&amp;xport...</source>
        <translation>&amp;Ekspor...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="69"/>
        <source>Export reports</source>
        <translation>Ekspor laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="71"/>
        <source>Show pings &amp;and acknowledgements</source>
        <translation>Tampilkan ping &amp;dan tanda terima</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="73"/>
        <source>Show pings and acknowledgements</source>
        <translation>Tampilkan ping dan tanda terima</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="151"/>
        <source>{count} message(s)</source>
        <translation>{count} pesan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="154"/>
        <source>{count} report(s); {hidden} ping(s), acknowledgement(s) or relayed message(s) hidden</source>
        <translation>{count} laporan; {hidden} ping, tanda terima, atau pesan yang diteruskan disembunyikan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="203"/>
        <source>Every report in the &amp;outbox</source>
        <translation>Semua laporan di kotak &amp;keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="180"/>
        <source>Syncing...</source>
        <translation>Menyinkronkan...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="193"/>
        <source>Open message</source>
        <translation>Buka pesan</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="168"/>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="174"/>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="169"/>
        <source>It protects the station&apos;s keys and database. Nobody can recover it for you: several unrelated words are easy to remember and hard to guess.</source>
        <translation>Frasa sandi melindungi kunci dan basis data stasiun. Tidak seorang pun dapat memulihkannya untuk Anda: beberapa kata yang tidak saling berkaitan mudah diingat dan sulit ditebak.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="171"/>
        <source>&amp;Create station</source>
        <translation>&amp;Buat stasiun</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="172"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frasa sandi:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="173"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="175"/>
        <source>Repeat the passphrase</source>
        <translation>Ulangi frasa sandi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="176"/>
        <source>Creating the station</source>
        <translation>Membuat stasiun</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="185"/>
        <source>Too short: at least {count} characters.</source>
        <translation>Terlalu pendek: minimal {count} karakter.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="186"/>
        <source>Weak: a longer passphrase is safer.</source>
        <translation>Lemah: frasa sandi yang lebih panjang lebih aman.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="187"/>
        <source>Fair.</source>
        <translation>Cukup.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="188"/>
        <source>Strong.</source>
        <translation>Kuat.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="191"/>
        <source>The two passphrases differ.</source>
        <translation>Kedua frasa sandi tidak sama.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="196"/>
        <source>Creating the station&apos;s keys...</source>
        <translation>Membuat kunci stasiun...</translation>
    </message>
</context>
<context>
    <name>PeersView</name>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="61"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="61"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="61"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="61"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="61"/>
        <source>Trust</source>
        <translation>Kepercayaan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="62"/>
        <source>Last contact</source>
        <translation>Kontak terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="62"/>
        <source>Last ping answer</source>
        <translation>Jawaban ping terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="62"/>
        <source>Endpoint health</source>
        <translation>Kondisi endpoint</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="63"/>
        <source>Peers</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="79"/>
        <source>&amp;Add from contact card...</source>
        <translation>&amp;Tambah dari kartu kontak...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="79"/>
        <source>Add a peer from its contact card</source>
        <translation>Tambahkan mitra dari kartu kontaknya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="81"/>
        <source>&amp;Verify...</source>
        <translation>&amp;Verifikasi...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="81"/>
        <source>Verify the selected peer</source>
        <translation>Verifikasi mitra yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="82"/>
        <source>Add &amp;TAXII collection...</source>
        <translation>Tambah koleksi T&amp;AXII...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="82"/>
        <source>Add a TAXII collection</source>
        <translation>Tambahkan koleksi TAXII</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="84"/>
        <source>&amp;Export this station&apos;s card...</source>
        <translation>&amp;Ekspor kartu stasiun ini...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="85"/>
        <source>Export this station&apos;s contact card</source>
        <translation>Ekspor kartu kontak stasiun ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="86"/>
        <source>Ping the selected peer</source>
        <translation>Ping mitra yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="86"/>
        <source>Pi&amp;ng</source>
        <translation>&amp;Ping</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="89"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="117"/>
        <source>The peers could not be listed: {reason}</source>
        <translation>Daftar mitra tidak dapat ditampilkan: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="137"/>
        <source>TAXII</source>
        <translation>TAXII</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="137"/>
        <source>Siaga</source>
        <translation>Siaga</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="153"/>
        <source>✔ Verified</source>
        <translation>✔ Terverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="153"/>
        <source>✖ Revoked</source>
        <translation>✖ Dicabut</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="153"/>
        <source>Unverified</source>
        <translation>Belum terverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="158"/>
        <source>Never</source>
        <translation>Belum pernah</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="165"/>
        <source>Through {hub}. </source>
        <translation>Melalui {hub}. </translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="169"/>
        <source>Failed {when}: {error}</source>
        <translation>Gagal {when}: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="172"/>
        <source>Reachable</source>
        <translation>Dapat dijangkau</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="173"/>
        <source>Not tried yet</source>
        <translation>Belum dicoba</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="206"/>
        <source>Contact card of the new peer</source>
        <translation>Kartu kontak mitra baru</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="206"/>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="278"/>
        <source>Contact cards (*.card);;All files (*)</source>
        <translation>Kartu kontak (*.card);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="217"/>
        <source>Added {name} ({org}) as unverified. Compare fingerprints with them: choose Verify...</source>
        <translation>{name} ({org}) ditambahkan sebagai belum terverifikasi. Bandingkan sidik jari dengan mereka: pilih Verifikasi...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="233"/>
        <source>Added the TAXII collection {name}; reports reach it as STIX 2.1.</source>
        <translation>Koleksi TAXII {name} ditambahkan; laporan dikirim ke sana sebagai STIX 2.1.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="245"/>
        <source>Cannot verify</source>
        <translation>Tidak dapat memverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="257"/>
        <source>{name} is now verified.</source>
        <translation>{name} kini terverifikasi.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="261"/>
        <source>Not verified</source>
        <translation>Tidak terverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="264"/>
        <source>{name} stays unverified. Do not send it anything marked TLP:RED or TLP:AMBER+STRICT. Get its contact card again by a channel you trust, and compare again.</source>
        <translation>{name} tetap belum terverifikasi. Jangan kirimkan apa pun yang berlabel TLP:RED atau TLP:AMBER+STRICT kepadanya. Dapatkan kembali kartu kontaknya melalui saluran yang Anda percayai, lalu bandingkan lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="268"/>
        <source>Fingerprints differ</source>
        <translation>Sidik jari berbeda</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="277"/>
        <source>Save this station&apos;s contact card</source>
        <translation>Simpan kartu kontak stasiun ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="284"/>
        <source>Contact card saved to {path}</source>
        <translation>Kartu kontak disimpan ke {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="285"/>
        <source>Contact card not saved</source>
        <translation>Kartu kontak tidak disimpan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="295"/>
        <source>Ping queued for {name}. Its answer shows under &quot;Last ping answer&quot; after the next sync.</source>
        <translation>Ping untuk {name} diantrekan. Jawabannya tampil di &quot;Jawaban ping terakhir&quot; setelah sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="302"/>
        <source>Ping not sent</source>
        <translation>Ping tidak terkirim</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="55"/>
        <source>is required</source>
        <translation>wajib diisi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="56"/>
        <source>is required (one line, at most {limit} characters)</source>
        <translation>wajib diisi (satu baris, paling banyak {limit} karakter)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="57"/>
        <source>must be one line</source>
        <translation>harus satu baris</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="58"/>
        <source>longer than {limit} characters</source>
        <translation>lebih dari {limit} karakter</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="59"/>
        <source>more than {limit} indicators</source>
        <translation>lebih dari {limit} indikator</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="60"/>
        <source>lies in the future</source>
        <translation>berada di masa depan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="61"/>
        <source>not a report type (one of: {types})</source>
        <translation>bukan jenis laporan (salah satu dari: {types})</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="62"/>
        <source>tick what you observed, or pick an incident code</source>
        <translation>centang apa yang Anda amati, atau pilih kode insiden</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="63"/>
        <source>choose who should hear about it: bilateral, regional or global</source>
        <translation>pilih siapa yang perlu mengetahuinya: bilateral, regional, atau global</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="65"/>
        <source>unknown code {value}</source>
        <translation>kode {value} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="66"/>
        <source>unknown country code {value}</source>
        <translation>kode negara {value} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="67"/>
        <source>a bilateral report names one partner country</source>
        <translation>laporan bilateral menyebut satu negara mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="68"/>
        <source>a regional report names the region or its countries</source>
        <translation>laporan regional menyebut kawasan atau negara-negaranya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="70"/>
        <source>the report has not been built for review</source>
        <translation>laporan belum disusun untuk ditinjau</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="71"/>
        <source>the answers changed since the report was built for review</source>
        <translation>jawaban berubah sejak laporan disusun untuk ditinjau</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="72"/>
        <source>the passphrase needs at least {limit} characters</source>
        <translation>frasa sandi perlu paling sedikit {limit} karakter</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="73"/>
        <source>{value} is not an http:// or https:// address</source>
        <translation>{value} bukan alamat http:// atau https://</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="74"/>
        <source>line {line}: {problem}</source>
        <translation>baris {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="75"/>
        <source>cannot tell what kind of indicator this is; start the line with its type ({types})</source>
        <translation>jenis indikator ini tidak dapat dikenali; awali baris dengan jenisnya ({types})</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="77"/>
        <source>unknown indicator type {kind}</source>
        <translation>jenis indikator {kind} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="78"/>
        <source>empty value</source>
        <translation>nilai kosong</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="79"/>
        <source>a domain name needs at least two labels</source>
        <translation>nama domain perlu paling sedikit dua label</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="80"/>
        <source>not a valid domain name</source>
        <translation>bukan nama domain yang sah</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="81"/>
        <source>the label {label} is not valid</source>
        <translation>label {label} tidak sah</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="82"/>
        <source>the top-level label cannot be a number</source>
        <translation>label tingkat teratas tidak boleh berupa angka</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="83"/>
        <source>expected a URL starting with http://, https:// or ftp://</source>
        <translation>URL harus diawali http://, https://, atau ftp://</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="84"/>
        <source>the URL has no host</source>
        <translation>URL tidak memiliki host</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="85"/>
        <source>the address has an invalid port</source>
        <translation>alamat memiliki port yang tidak sah</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="86"/>
        <source>a URL cannot contain spaces</source>
        <translation>URL tidak boleh mengandung spasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="87"/>
        <source>square brackets in a URL enclose an IPv6 address; write a defanged dot as [.]</source>
        <translation>tanda kurung siku dalam URL mengapit alamat IPv6; tulis titik yang dijinakkan sebagai [.]</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="89"/>
        <source>not a valid e-mail address</source>
        <translation>bukan alamat surel yang sah</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="90"/>
        <source>not a valid IP address</source>
        <translation>bukan alamat IP yang sah</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="91"/>
        <source>a network is written with its first address (the host bits are zero)</source>
        <translation>jaringan ditulis dengan alamat pertamanya (bit host bernilai nol)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="93"/>
        <source>a {kind} hash is {length} hexadecimal characters</source>
        <translation>hash {kind} terdiri dari {length} karakter heksadesimal</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="94"/>
        <source>no peer for this report&apos;s scope yet; add a peer&apos;s contact card</source>
        <translation>belum ada mitra untuk cakupan laporan ini; tambahkan kartu kontak mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="96"/>
        <source>no verified peer for this report&apos;s scope yet; compare a peer&apos;s fingerprint digits</source>
        <translation>belum ada mitra terverifikasi untuk cakupan laporan ini; bandingkan angka sidik jari mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="99"/>
        <source>no peer in {countries} yet; add a peer&apos;s contact card, or choose another country</source>
        <translation>belum ada mitra di {countries}; tambahkan kartu kontak mitra, atau pilih negara lain</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="101"/>
        <source>no verified peer in {countries} yet; compare a peer&apos;s fingerprint digits</source>
        <translation>belum ada mitra terverifikasi di {countries}; bandingkan angka sidik jari mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="103"/>
        <source>these peers&apos; keys were revoked: {peers}</source>
        <translation>kunci mitra berikut telah dicabut: {peers}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="104"/>
        <source>{tlp} goes only to verified peers; not verified: {peers}</source>
        <translation>{tlp} hanya dikirim ke mitra terverifikasi; belum terverifikasi: {peers}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="106"/>
        <source>name at least one peer</source>
        <translation>sebutkan paling sedikit satu mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="107"/>
        <source>the keys of {peer} were revoked</source>
        <translation>kunci {peer} telah dicabut</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="108"/>
        <source>the author already has it</source>
        <translation>penulisnya sudah memilikinya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="109"/>
        <source>TLP:RED is for its named recipients only; it cannot be forwarded</source>
        <translation>TLP:RED hanya untuk penerima yang disebutkan; tidak dapat diteruskan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="111"/>
        <source>TLP:AMBER+STRICT stays inside this organisation; it cannot be forwarded</source>
        <translation>TLP:AMBER+STRICT tetap di dalam organisasi ini; tidak dapat diteruskan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="113"/>
        <source>TLP:AMBER may go only to this organisation&apos;s clients (peers in {country}); ask the author before sharing wider</source>
        <translation>TLP:AMBER hanya boleh diteruskan ke klien organisasi ini (mitra di {country}); tanyakan kepada penulis sebelum membagikannya lebih luas</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="116"/>
        <source>unknown handling label {tlp}; not forwarded</source>
        <translation>label penanganan {tlp} tidak dikenal; tidak diteruskan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="117"/>
        <source>an external (STIX) report has no Siaga signature to pass on; export it instead</source>
        <translation>laporan eksternal (STIX) tidak memiliki tanda tangan Siaga untuk diteruskan; ekspor laporan itu saja</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="119"/>
        <source>only reports can be forwarded</source>
        <translation>hanya laporan yang dapat diteruskan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="120"/>
        <source>not forwarded: {refused}</source>
        <translation>tidak diteruskan: {refused}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="122"/>
        <source>larger than {size}</source>
        <translation>lebih besar dari {size}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="123"/>
        <source>not valid JSON</source>
        <translation>bukan JSON yang sah</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="124"/>
        <source>nested too deeply</source>
        <translation>bertingkat terlalu dalam</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="125"/>
        <source>some of its fields are missing or malformed</source>
        <translation>sebagian isinya hilang atau rusak</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="126"/>
        <source>the signature does not match (altered or forged)</source>
        <translation>tanda tangannya tidak cocok (diubah atau dipalsukan)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="127"/>
        <source>not a Siaga contact card</source>
        <translation>bukan kartu kontak Siaga</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="128"/>
        <source>a name or organisation must be 1 to {limit} characters</source>
        <translation>nama atau organisasi harus 1 sampai {limit} karakter</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="129"/>
        <source>not a Siaga bundle</source>
        <translation>bukan bundel Siaga</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="130"/>
        <source>not addressed to this station, or damaged</source>
        <translation>tidak ditujukan ke stasiun ini, atau rusak</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="131"/>
        <source>expands beyond the size limit</source>
        <translation>melebihi batas ukuran setelah dibuka</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="132"/>
        <source>damaged (cannot decompress)</source>
        <translation>rusak (tidak dapat dibuka)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="133"/>
        <source>truncated</source>
        <translation>terpotong</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="134"/>
        <source>unsupported bundle version</source>
        <translation>versi bundel tidak didukung</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="135"/>
        <source>addressed to another station</source>
        <translation>ditujukan ke stasiun lain</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="136"/>
        <source>expired {when}</source>
        <translation>kedaluwarsa sejak {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="137"/>
        <source>made in the future (check this computer&apos;s clock)</source>
        <translation>dibuat di masa depan (periksa jam komputer ini)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="138"/>
        <source>from a station that is not in this directory</source>
        <translation>dari stasiun yang tidak ada di direktori ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="139"/>
        <source>from a peer whose keys were revoked</source>
        <translation>dari mitra yang kuncinya telah dicabut</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="140"/>
        <source>not a STIX bundle</source>
        <translation>bukan bundel STIX</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="141"/>
        <source>incident {id} lacks a name or created time</source>
        <translation>insiden {id} tidak memiliki nama atau waktu pembuatan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="142"/>
        <source>it holds no incident, grouping, report, indicator or sighting objects</source>
        <translation>berkas tidak memuat objek incident, grouping, report, indicator, atau sighting</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="144"/>
        <source>contains control characters or text-direction marks ({char})</source>
        <translation>berisi karakter kendali atau tanda arah teks ({char})</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="146"/>
        <source>{field} {problem}</source>
        <translation>{field} {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="147"/>
        <source>expected text</source>
        <translation>seharusnya berupa teks</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="148"/>
        <source>expected an object</source>
        <translation>seharusnya berupa objek</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="149"/>
        <source>expected a list</source>
        <translation>seharusnya berupa daftar</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="150"/>
        <source>{value} is not a STIX timestamp</source>
        <translation>{value} bukan stempel waktu STIX</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="151"/>
        <source>holds a number or text that JSON cannot keep exactly</source>
        <translation>berisi angka atau teks yang tidak dapat disimpan JSON dengan tepat</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="152"/>
        <source>{where} {field}: {problem}</source>
        <translation>{where} {field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="153"/>
        <source>report {id} has {value}, not a date and time; leave it out of the export</source>
        <translation>laporan {id} berisi {value}, bukan tanggal dan waktu; jangan sertakan dalam ekspor</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="156"/>
        <source>only a report can be sighted</source>
        <translation>hanya laporan yang dapat ditandai terlihat juga</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="157"/>
        <source>the report holds no indicator {value}; choose among its indicators</source>
        <translation>laporan tidak memuat indikator {value}; pilih di antara indikatornya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="159"/>
        <source>no incident it can take; {count} object(s) refused, first {first}</source>
        <translation>tidak ada insiden yang dapat diambil; {count} objek ditolak, yang pertama {first}</translation>
    </message>
</context>
<context>
    <name>ReportDetail</name>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="63"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="67"/>
        <source>Replies and acknowledgements</source>
        <translation>Balasan dan tanda terima</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="69"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="69"/>
        <source>Who</source>
        <translation>Pengirim</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="69"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="97"/>
        <source>Could not be verified: {reason}</source>
        <translation>Tidak dapat diverifikasi: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="112"/>
        <source>Received {time}; status here: {status}</source>
        <translation>Diterima {time}; status di sini: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="114"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="145"/>
        <source>External report (STIX import), unsigned</source>
        <translation>Laporan eksternal (impor STIX), tanpa tanda tangan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="150"/>
        <source>Could not be verified: the signature was not checked</source>
        <translation>Tidak dapat diverifikasi: tanda tangan tidak diperiksa</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="153"/>
        <source>Verified peer — signed by {name} ({org}, {country})</source>
        <translation>Mitra terverifikasi — ditandatangani oleh {name} ({org}, {country})</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="156"/>
        <source>Peer revoked its keys; do not rely on it — signed by {name}</source>
        <translation>Mitra telah mencabut kuncinya; jangan mengandalkannya — ditandatangani oleh {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="159"/>
        <source>Peer NOT verified: compare fingerprints — signed by {name}</source>
        <translation>Mitra BELUM terverifikasi: bandingkan sidik jari — ditandatangani oleh {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="161"/>
        <source>Author not in the directory — signed by {name}</source>
        <translation>Penulis tidak ada di direktori — ditandatangani oleh {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="185"/>
        <source>This station</source>
        <translation>Stasiun ini</translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="660"/>
        <source>File a report</source>
        <translation>Buat laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="661"/>
        <source>&amp;Sign and queue</source>
        <translation>&amp;Tanda tangani dan antrekan</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="576"/>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="577"/>
        <source>This is what the receivers will read. Go back to change anything.</source>
        <translation>Inilah yang akan dibaca penerima. Kembali untuk mengubah apa pun.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="580"/>
        <source>Language of the review</source>
        <translation>Bahasa tinjauan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="586"/>
        <source>The report as the receiver sees it</source>
        <translation>Laporan sebagaimana dilihat penerima</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="589"/>
        <source>Code line</source>
        <translation>Baris kode</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="596"/>
        <source>Show &amp;in:</source>
        <translation>Tampilkan &amp;dalam:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="598"/>
        <source>&amp;Report:</source>
        <translation>&amp;Laporan:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="602"/>
        <source>Code &amp;line (for phone, radio or SMS):</source>
        <translation>&amp;Baris kode (untuk telepon, radio, atau SMS):</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="628"/>
        <source>{sentence}: this may be a shared threat.</source>
        <translation>{sentence}: ini mungkin ancaman bersama.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="59"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="72"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="72"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="76"/>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="77"/>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="79"/>
        <source>Lock when &amp;idle for:</source>
        <translation>&amp;Kunci bila tidak aktif selama:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="79"/>
        <source>Lock when idle for, in minutes</source>
        <translation>Kunci bila tidak aktif selama, dalam menit</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="83"/>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="85"/>
        <source>&amp;Sync every:</source>
        <translation>&amp;Sinkronkan setiap:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="85"/>
        <source>Sync every, in seconds</source>
        <translation>Sinkronkan setiap, dalam detik</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="87"/>
        <source>&amp;Receive messages from peers (run this station&apos;s endpoint)</source>
        <translation>&amp;Terima pesan dari mitra (jalankan endpoint stasiun ini)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="88"/>
        <source>Receive messages from peers</source>
        <translation>Terima pesan dari mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="92"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="92"/>
        <source>Endpoint host</source>
        <translation>Host endpoint</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="96"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="96"/>
        <source>Endpoint port</source>
        <translation>Port endpoint</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="103"/>
        <source>e.g. https://siaga.csirt.example:8443</source>
        <translation>mis. https://siaga.csirt.example:8443</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="104"/>
        <source>Endpoint &amp;URL on your contact card:</source>
        <translation>&amp;URL endpoint pada kartu kontak Anda:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="104"/>
        <source>Endpoint URL on your contact card</source>
        <translation>URL endpoint pada kartu kontak Anda</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="289"/>
        <source>Set up Siaga</source>
        <translation>Siapkan Siaga</translation>
    </message>
</context>
<context>
    <name>SightingDialog</name>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="85"/>
        <source>Seen here too</source>
        <translation>Terlihat juga di sini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="86"/>
        <source>Tell the author that this was seen here too. Tick the indicators seen here (none ticked: the whole report).</source>
        <translation>Beri tahu penulis bahwa ini juga terlihat di sini. Centang indikator yang terlihat di sini (tanpa centang: seluruh laporan).</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="91"/>
        <source>Indicators seen here</source>
        <translation>Indikator yang terlihat di sini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="100"/>
        <source>How many times</source>
        <translation>Berapa kali</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="102"/>
        <source>How many &amp;times:</source>
        <translation>Berapa &amp;kali:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="106"/>
        <source>&amp;Send</source>
        <translation>&amp;Kirim</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="107"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="109"/>
        <source>Your station</source>
        <translation>Stasiun Anda</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="110"/>
        <source>Partners see these on your contact card.</source>
        <translation>Mitra melihat data ini pada kartu kontak Anda.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="111"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="111"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasi:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="111"/>
        <source>&amp;Country:</source>
        <translation>Ne&amp;gara:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="111"/>
        <source>Station na&amp;me:</source>
        <translation>&amp;Nama stasiun:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="114"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="115"/>
        <source>Station name</source>
        <translation>Nama stasiun</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="116"/>
        <source>e.g. ID-CSIRT duty desk</source>
        <translation>mis. meja piket ID-CSIRT</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="117"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="118"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="119"/>
        <source>Type to search</source>
        <translation>Ketik untuk mencari</translation>
    </message>
</context>
<context>
    <name>TaxiiDialog</name>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="139"/>
        <source>Add a TAXII collection</source>
        <translation>Tambahkan koleksi TAXII</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="142"/>
        <source>Collection &amp;URL:</source>
        <translation>&amp;URL koleksi:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="142"/>
        <source>Collection URL</source>
        <translation>URL koleksi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="145"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="145"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="147"/>
        <source>C&amp;ountry (optional):</source>
        <translation>Ne&amp;gara (opsional):</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="147"/>
        <source>Country (optional)</source>
        <translation>Negara (opsional)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="149"/>
        <source>U&amp;ser:</source>
        <translation>&amp;Pengguna:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="149"/>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="152"/>
        <source>&amp;Password:</source>
        <translation>K&amp;ata sandi:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="152"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="155"/>
        <source>Or &amp;token:</source>
        <translation>Atau to&amp;ken:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="155"/>
        <source>Token (instead of user and password)</source>
        <translation>Token (sebagai pengganti pengguna dan kata sandi)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="156"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Sertifikat (*.pem *.crt *.cer);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="157"/>
        <source>Certificate to pin</source>
        <translation>Sertifikat yang akan disematkan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="157"/>
        <source>Certificate to pin (optional)</source>
        <translation>Sertifikat yang akan disematkan (opsional)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="158"/>
        <source>Pinned certi&amp;ficate:</source>
        <translation>&amp;Sertifikat yang disematkan:</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/siaga/gui/unlock_dialog.py" line="62"/>
        <source>Unlock Siaga</source>
        <extracomment>an attempt started: the worker that derives the key and opens the station the attempt failed (a wrong passphrase, an unreadable station): the error</extracomment>
        <translation>Buka kunci Siaga</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/unlock_dialog.py" line="64"/>
        <source>Station: {name}</source>
        <translation>Stasiun: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/unlock_dialog.py" line="65"/>
        <source>Station folder: {home}</source>
        <translation>Folder stasiun: {home}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/unlock_dialog.py" line="67"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frasa sandi:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/unlock_dialog.py" line="70"/>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/unlock_dialog.py" line="75"/>
        <source>Unlock problem</source>
        <translation>Masalah membuka kunci</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/unlock_dialog.py" line="79"/>
        <source>Unlocking</source>
        <translation>Membuka kunci</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/unlock_dialog.py" line="83"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/unlock_dialog.py" line="84"/>
        <source>Unlock the station</source>
        <translation>Buka kunci stasiun</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/unlock_dialog.py" line="86"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/unlock_dialog.py" line="87"/>
        <source>Quit Siaga</source>
        <translation>Keluar dari Siaga</translation>
    </message>
</context>
<context>
    <name>UrgentBanner</name>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="77"/>
        <source>Op&amp;en it</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="79"/>
        <source>Open the urgent report</source>
        <translation>Buka laporan mendesak</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="83"/>
        <source>Dismiss the urgent report notice</source>
        <translation>Tutup pemberitahuan laporan mendesak</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="183"/>
        <source>Verify {name}</source>
        <translation>Verifikasi {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="186"/>
        <source>This station&apos;s fingerprint</source>
        <translation>Sidik jari stasiun ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="188"/>
        <source>{name}&apos;s fingerprint</source>
        <translation>Sidik jari {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="190"/>
        <source>A TAXII collection has no keys to compare. Confirm with its operator that this address is their collection:
{url}</source>
        <translation>Koleksi TAXII tidak memiliki kunci untuk dibandingkan. Pastikan kepada pengelolanya bahwa alamat ini adalah koleksi mereka:
{url}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="196"/>
        <source>Call {name} on a number you already know. Read your digits to them and ask them to read theirs to you.</source>
        <translation>Hubungi {name} melalui nomor telepon yang sudah Anda ketahui. Bacakan angka Anda kepada mereka dan minta mereka membacakan angka mereka kepada Anda.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="201"/>
        <source>This station</source>
        <translation>Stasiun ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="202"/>
        <source>{name} ({org})</source>
        <translation>{name} ({org})</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="208"/>
        <source>They &amp;match: mark verified</source>
        <translation>&amp;Cocok: tandai terverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="209"/>
        <source>They match: mark verified</source>
        <translation>Cocok: tandai terverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="210"/>
        <source>They &amp;differ</source>
        <translation>&amp;Berbeda</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="211"/>
        <source>They differ</source>
        <translation>Berbeda</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../desktop/siaga/gui/accessible.py" line="35"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/accessible.py" line="36"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/accessible.py" line="37"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
</TS>
