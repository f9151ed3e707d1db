<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/siaga/gui/app.py" line="121"/>
        <source>Receiving from peers</source>
        <extracomment>input events that count as the user being there the main window is shown for an unlocked station the station was locked (idle time, or the user asked)</extracomment>
        <translation>Menerima dari mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/app.py" line="185"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
</context>
<context>
    <name>FingerprintPage</name>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="204"/>
        <source>Your station is ready</source>
        <translation>Stasiun Anda siap</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="205"/>
        <source>These digits identify your station&apos;s keys. Give partners your contact card, then read the digits to them (by phone or in person) so they can verify it.</source>
        <translation>Angka-angka ini mengidentifikasi kunci stasiun Anda. Berikan kartu kontak Anda kepada mitra, lalu bacakan angka-angka ini kepada mereka (melalui telepon atau secara langsung) agar mereka dapat memverifikasinya.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="207"/>
        <source>Fingerprint digits</source>
        <translation>Angka sidik jari</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="208"/>
        <source>&amp;Save contact card...</source>
        <translation>&amp;Simpan kartu kontak...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="209"/>
        <source>Save contact card to a file</source>
        <translation>Simpan kartu kontak ke berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="215"/>
        <source>Save contact card</source>
        <translation>Simpan kartu kontak</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="215"/>
        <source>Contact cards (*.card);;All files (*)</source>
        <translation>Kartu kontak (*.card);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="222"/>
        <source>Contact card not saved</source>
        <translation>Kartu kontak tidak disimpan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="224"/>
        <source>Contact card saved to {path}</source>
        <translation>Kartu kontak disimpan ke {path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="40"/>
        <source>Siaga — {station}</source>
        <translation>Siaga — {station}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="45"/>
        <source>Views</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="49"/>
        <source>&amp;Inbox</source>
        <translation>Kotak &amp;masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="50"/>
        <source>&amp;Outbox</source>
        <translation>Kotak &amp;keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="51"/>
        <source>&amp;Peers</source>
        <translation>Mi&amp;tra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="60"/>
        <source>Siaga</source>
        <translation>Siaga</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="78"/>
        <source>&amp;New report...</source>
        <translation>Laporan &amp;baru...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="80"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="82"/>
        <source>&amp;Import bundle...</source>
        <translation>&amp;Impor bundel...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="84"/>
        <source>&amp;Export bundle for a peer...</source>
        <translation>&amp;Ekspor bundel untuk mitra...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="86"/>
        <source>Se&amp;ttings...</source>
        <translation>Pen&amp;gaturan...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="88"/>
        <source>&amp;Lock</source>
        <translation>&amp;Kunci</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="89"/>
        <source>&amp;Quit</source>
        <translation>Kel&amp;uar</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="91"/>
        <source>&amp;Station</source>
        <translation>&amp;Stasiun</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="95"/>
        <source>Main</source>
        <translation>Utama</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="103"/>
        <source>Not syncing</source>
        <translation>Tidak menyinkronkan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="105"/>
        <source>Connection state</source>
        <translation>Status koneksi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="108"/>
        <source>Sync progress</source>
        <translation>Kemajuan sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="111"/>
        <source>Last sync: never</source>
        <translation>Sinkronisasi terakhir: belum pernah</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="113"/>
        <source>Last sync</source>
        <translation>Sinkronisasi terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="128"/>
        <source>Syncing when a connection is available</source>
        <translation>Menyinkronkan bila koneksi tersedia</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="133"/>
        <source>Sync is off for this session</source>
        <translation>Sinkronisasi nonaktif untuk sesi ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="136"/>
        <source>Syncing...</source>
        <translation>Menyinkronkan...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="149"/>
        <source>Sending {done} of {total}</source>
        <translation>Mengirim {done} dari {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="155"/>
        <source>Last sync: {time}</source>
        <translation>Sinkronisasi terakhir: {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="171"/>
        <source>Sync problem: {reason}</source>
        <translation>Masalah sinkronisasi: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="177"/>
        <source>Offline: reports wait in the outbox</source>
        <translation>Luring: laporan menunggu di kotak keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="179"/>
        <source>Online: {up} of {known} peers reachable</source>
        <translation>Daring: {up} dari {known} mitra dapat dijangkau</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="181"/>
        <source>Nothing to send</source>
        <translation>Tidak ada yang perlu dikirim</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="183"/>
        <source> · {count} waiting</source>
        <translation> · {count} menunggu</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="200"/>
        <location filename="../../desktop/siaga/gui/main_window.py" line="245"/>
        <source>New report</source>
        <translation>Laporan baru</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="239"/>
        <source>Report signed and queued ({id})</source>
        <translation>Laporan ditandatangani dan diantrekan ({id})</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="211"/>
        <location filename="../../desktop/siaga/gui/main_window.py" line="254"/>
        <source>Unfinished report</source>
        <translation>Laporan belum selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="255"/>
        <source>A report you were writing ({when}) was kept. Continue it?</source>
        <translation>Laporan yang sedang Anda tulis ({when}) telah disimpan. Lanjutkan?</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="267"/>
        <location filename="../../desktop/siaga/gui/main_window.py" line="279"/>
        <source>Import bundle</source>
        <translation>Impor bundel</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="268"/>
        <source>Siaga bundles (*.sgb);;All files (*)</source>
        <translation>Bundel Siaga (*.sgb);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="274"/>
        <source>Bundle imported: {count} message(s), {new} new</source>
        <translation>Bundel diimpor: {count} pesan, {new} baru</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="286"/>
        <location filename="../../desktop/siaga/gui/main_window.py" line="290"/>
        <location filename="../../desktop/siaga/gui/main_window.py" line="302"/>
        <source>Export bundle</source>
        <translation>Ekspor bundel</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="287"/>
        <source>Choose the peer in the Peers tab first.</source>
        <translation>Pilih mitra di tab Mitra terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="291"/>
        <source>Siaga bundles (*.sgb)</source>
        <translation>Bundel Siaga (*.sgb)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="301"/>
        <source>{count} message(s) written to the bundle</source>
        <translation>{count} pesan ditulis ke bundel</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="308"/>
        <source>Urgent report</source>
        <translation>Laporan mendesak</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="311"/>
        <source>{code} from {sender}: {summary}</source>
        <translation>{code} dari {sender}: {summary}</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="213"/>
        <source>Message {id}</source>
        <translation>Pesan {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="223"/>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="224"/>
        <source>Code line</source>
        <translation>Baris kode</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="43"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="45"/>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="47"/>
        <source>&amp;Open...</source>
        <translation>&amp;Buka...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="49"/>
        <source>Open the selected message</source>
        <translation>Buka pesan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="52"/>
        <source>Show &amp;pings and acknowledgements</source>
        <translation>Tampilkan &amp;ping dan tanda terima</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="60"/>
        <source>Outbox: sent messages and their deliveries</source>
        <translation>Kotak keluar: pesan terkirim dan status pengirimannya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="62"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="62"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="62"/>
        <source>Incident</source>
        <translation>Insiden</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="62"/>
        <source>Severity</source>
        <translation>Tingkat keparahan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="63"/>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="63"/>
        <source>Summary / delivery</source>
        <translation>Ringkasan / pengiriman</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="139"/>
        <source>{count} message(s)</source>
        <translation>{count} pesan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="140"/>
        <source>{count} report(s); {hidden} ping(s), acknowledgement(s) or relayed message(s) hidden</source>
        <translation>{count} laporan; {hidden} ping, tanda terima, atau pesan yang diteruskan disembunyikan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="149"/>
        <source>Acknowledged: {status} — {note}</source>
        <translation>Diterima: {status} — {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="150"/>
        <source>Acknowledged: {status}</source>
        <translation>Diterima: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="153"/>
        <source>Queued</source>
        <translation>Dalam antrean</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="155"/>
        <source>Sending</source>
        <translation>Sedang dikirim</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="157"/>
        <source>Relayed through {hub} at {time}; waiting for the receipt</source>
        <translation>Diteruskan melalui {hub} pada {time}; menunggu bukti penerimaan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="163"/>
        <source>Delivered {time} (receipt verified)</source>
        <translation>Terkirim {time} (bukti penerimaan terverifikasi)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="164"/>
        <source>Delivered {time} (stored in the TAXII collection)</source>
        <translation>Terkirim {time} (tersimpan di koleksi TAXII)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="166"/>
        <source>Failing: {reason}, next try {time}</source>
        <translation>Gagal: {reason}, percobaan berikutnya {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="169"/>
        <source>Given up: {reason}</source>
        <translation>Dihentikan: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="184"/>
        <source>Syncing...</source>
        <translation>Menyinkronkan...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="197"/>
        <source>Open message</source>
        <translation>Buka pesan</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="138"/>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="144"/>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="139"/>
        <source>It protects the station&apos;s keys and database. Nobody can recover it for you: several unrelated words are easy to remember and hard to guess.</source>
        <translation>Frasa sandi melindungi kunci dan basis data stasiun. Tidak seorang pun dapat memulihkannya untuk Anda: beberapa kata yang tidak saling berkaitan mudah diingat dan sulit ditebak.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="141"/>
        <source>&amp;Create station</source>
        <translation>&amp;Buat stasiun</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="142"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frasa sandi:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="143"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="145"/>
        <source>Repeat the passphrase</source>
        <translation>Ulangi frasa sandi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="146"/>
        <source>Creating the station</source>
        <translation>Membuat stasiun</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="155"/>
        <source>Too short: at least {count} characters.</source>
        <translation>Terlalu pendek: minimal {count} karakter.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="156"/>
        <source>Weak: a longer passphrase is safer.</source>
        <translation>Lemah: frasa sandi yang lebih panjang lebih aman.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="157"/>
        <source>Fair.</source>
        <translation>Cukup.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="158"/>
        <source>Strong.</source>
        <translation>Kuat.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="161"/>
        <source>The two passphrases differ.</source>
        <translation>Kedua frasa sandi tidak sama.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="166"/>
        <source>Creating the station&apos;s keys...</source>
        <translation>Membuat kunci stasiun...</translation>
    </message>
</context>
<context>
    <name>ReportDetail</name>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="58"/>
        <source>Report</source>
        <extracomment>badge kind -&gt; (text colour, background)</extracomment>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="62"/>
        <source>Replies and acknowledgements</source>
        <translation>Balasan dan tanda terima</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="64"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="64"/>
        <source>Who</source>
        <translation>Pengirim</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="64"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="64"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="91"/>
        <source>Could not be verified: {reason}</source>
        <translation>Tidak dapat diverifikasi: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="106"/>
        <source>Received {time}; status here: {status}</source>
        <translation>Diterima {time}; status di sini: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="108"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="131"/>
        <source>External report (STIX import), unsigned</source>
        <translation>Laporan eksternal (impor STIX), tanpa tanda tangan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="136"/>
        <source>Could not be verified: the signature was not checked</source>
        <translation>Tidak dapat diverifikasi: tanda tangan tidak diperiksa</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="139"/>
        <source>Signed by {name} ({org}, {country}) — verified peer</source>
        <translation>Ditandatangani oleh {name} ({org}, {country}) — mitra terverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="142"/>
        <source>Signed by {name} — this peer revoked its keys; do not rely on it</source>
        <translation>Ditandatangani oleh {name} — mitra ini telah mencabut kuncinya; jangan mengandalkannya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="145"/>
        <source>Signed by {name} — peer NOT verified: compare fingerprints</source>
        <translation>Ditandatangani oleh {name} — mitra BELUM terverifikasi: bandingkan sidik jari</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="147"/>
        <source>Signed by {name} — the author is not in the directory</source>
        <translation>Ditandatangani oleh {name} — penulis tidak ada di direktori</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="172"/>
        <source>This station</source>
        <translation>Stasiun ini</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="259"/>
        <source>Set up Siaga</source>
        <translation>Siapkan Siaga</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="79"/>
        <source>Your station</source>
        <translation>Stasiun Anda</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="80"/>
        <source>Partners see these on your contact card.</source>
        <translation>Mitra melihat data ini pada kartu kontak Anda.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="81"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="81"/>
        <source>Station &amp;name:</source>
        <translation>&amp;Nama stasiun:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="81"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasi:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="81"/>
        <source>&amp;Country:</source>
        <translation>Ne&amp;gara:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="84"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="85"/>
        <source>Station name</source>
        <translation>Nama stasiun</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="86"/>
        <source>e.g. ID-CSIRT duty desk</source>
        <translation>mis. meja piket ID-CSIRT</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="87"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="88"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="89"/>
        <source>Type to search</source>
        <translation>Ketik untuk mencari</translation>
    </message>
</context>
</TS>
