<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>AckClockList</name>
    <message>
        <location filename="../../desktop/siaga/gui/ack_clock_view.py" line="73"/>
        <source>Acknowledgement overdue: {names}. Ask them to confirm they received it.</source>
        <translation>Tanda terima terlambat: {names}. Minta mereka memastikan laporan ini sudah diterima.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/ack_clock_view.py" line="76"/>
        <source>No partner is overdue to acknowledge.</source>
        <translation>Tidak ada mitra yang terlambat memberi tanda terima.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/ack_clock_view.py" line="78"/>
        <source>Acknowledgements of this report are not timed.</source>
        <translation>Tanda terima laporan ini tidak diberi batas waktu.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/ack_clock_view.py" line="97"/>
        <source>{state} · due by {time}</source>
        <translation>{state} · paling lambat {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/ack_clock_view.py" line="107"/>
        <source>Acknowledgement deadlines, one partner after another</source>
        <translation>Tenggat tanda terima, satu mitra demi satu</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/ack_clock_view.py" line="90"/>
        <source>{state} ({time})</source>
        <translation>{state} ({time})</translation>
    </message>
</context>
<context>
    <name>AckClocks</name>
    <message>
        <location filename="../../desktop/siaga/gui/ack_clock_view.py" line="25"/>
        <source>acknowledged late (it was due {time})</source>
        <translation>tanda terima terlambat (tenggatnya {time})</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/ack_clock_view.py" line="28"/>
        <source>acknowledgement OVERDUE since {time}</source>
        <translation>tanda terima TERLAMBAT sejak {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/ack_clock_view.py" line="44"/>
        <source>{count} partner(s) overdue to acknowledge</source>
        <translation>{count} mitra terlambat memberi tanda terima</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/ack_clock_view.py" line="51"/>
        <source>Acknowledged late</source>
        <translation>Diterima terlambat</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/ack_clock_view.py" line="52"/>
        <source>Acknowledged in time</source>
        <translation>Diterima tepat waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/ack_clock_view.py" line="54"/>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/ack_clock_view.py" line="56"/>
        <source>Due within 2 h</source>
        <translation>Jatuh tempo dalam 2 jam</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/ack_clock_view.py" line="57"/>
        <source>Waiting, on time</source>
        <translation>Menunggu, masih tepat waktu</translation>
    </message>
</context>
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
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="122"/>
        <source>Add a peer from its contact card</source>
        <translation>Tambahkan mitra dari kartu kontaknya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="123"/>
        <source>Contact cards (*.card);;All files (*)</source>
        <translation>Kartu kontak (*.card);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="124"/>
        <source>Contact card</source>
        <translation>Kartu kontak</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="124"/>
        <source>Contact card file</source>
        <translation>Berkas kartu kontak</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="126"/>
        <source>&amp;Contact card:</source>
        <translation>&amp;Kartu kontak:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="128"/>
        <source>optional: instead of the URL on the card</source>
        <translation>opsional: sebagai pengganti URL pada kartu</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="131"/>
        <source>Endpoint &amp;URL:</source>
        <translation>&amp;URL endpoint:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="131"/>
        <source>Endpoint URL (optional)</source>
        <translation>URL endpoint (opsional)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="132"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Sertifikat (*.pem *.crt *.cer);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="133"/>
        <source>Certificate to pin</source>
        <translation>Sertifikat yang akan disematkan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="133"/>
        <source>Certificate to pin (optional)</source>
        <translation>Sertifikat yang akan disematkan (opsional)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="134"/>
        <source>Pinned certi&amp;ficate:</source>
        <translation>&amp;Sertifikat yang disematkan:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="136"/>
        <source>Direct (no hub)</source>
        <translation>Langsung (tanpa hub)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="139"/>
        <source>Reach it &amp;via:</source>
        <translation>Jangkau &amp;melalui:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="139"/>
        <source>Reach it via a hub</source>
        <translation>Jangkau melalui hub</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="144"/>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="145"/>
        <source>Add this peer</source>
        <translation>Tambahkan mitra ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="154"/>
        <source>Reading the card...</source>
        <translation>Membaca kartu...</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/siaga/gui/app.py" line="263"/>
        <source>Receiving from peers</source>
        <extracomment>input events that count as the user being there the network starts this long after the window is shown even if it is never painted (hidden, minimised) after input was seen, how long input goes unwatched (the idle lock may come this much early) the main window is shown for an unlocked station the station was locked (idle time, or the user asked)</extracomment>
        <translation>Menerima dari mitra</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="210"/>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="212"/>
        <source>Checking the log...</source>
        <translation>Memeriksa log...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="217"/>
        <source>Audit entries</source>
        <translation>Entri audit</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="218"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="218"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="218"/>
        <source>Event</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="218"/>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="223"/>
        <source>&amp;Verify again</source>
        <translation>&amp;Periksa lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="226"/>
        <source>Export &amp;JSON...</source>
        <translation>Ekspor &amp;JSON...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="229"/>
        <source>Export &amp;CSV...</source>
        <translation>Ekspor &amp;CSV...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="260"/>
        <source>The audit log is intact: {count} entries, chained and signed.</source>
        <translation>Log audit utuh: {count} entri, berantai dan bertanda tangan.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="290"/>
        <source>Export the audit log</source>
        <translation>Ekspor log audit</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="291"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="291"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="295"/>
        <source>{count} entries written to {file}.</source>
        <translation>{count} entri ditulis ke {file}.</translation>
    </message>
</context>
<context>
    <name>AuditEvents</name>
    <message>
        <location filename="../../desktop/siaga/gui/audit_words.py" line="17"/>
        <source>Station created</source>
        <translation>Stasiun dibuat</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/audit_words.py" line="18"/>
        <source>Report filed</source>
        <translation>Laporan diajukan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/audit_words.py" line="19"/>
        <source>Acknowledgement sent</source>
        <translation>Tanda terima dikirim</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/audit_words.py" line="20"/>
        <source>Ping sent</source>
        <translation>Ping dikirim</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/audit_words.py" line="21"/>
        <source>Communication check sent</source>
        <translation>Pemeriksaan komunikasi dikirim</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/audit_words.py" line="22"/>
        <source>Told a peer its incident was seen here too</source>
        <translation>Memberi tahu mitra bahwa insidennya terlihat juga di sini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/audit_words.py" line="23"/>
        <source>Received from a peer</source>
        <translation>Diterima dari mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/audit_words.py" line="24"/>
        <source>Taken in from a file</source>
        <translation>Diambil dari berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/audit_words.py" line="25"/>
        <source>Bundle imported</source>
        <translation>Bundel diimpor</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/audit_words.py" line="26"/>
        <source>Bundle exported</source>
        <translation>Bundel diekspor</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/audit_words.py" line="27"/>
        <source>Reports exported</source>
        <translation>Laporan diekspor</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/audit_words.py" line="28"/>
        <source>Audit log exported</source>
        <translation>Log audit diekspor</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/audit_words.py" line="29"/>
        <source>Report forwarded</source>
        <translation>Laporan diteruskan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/audit_words.py" line="30"/>
        <source>Passed on for another station (hub)</source>
        <translation>Diteruskan untuk stasiun lain (hub)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/audit_words.py" line="31"/>
        <source>New keys made</source>
        <translation>Kunci baru dibuat</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/audit_words.py" line="32"/>
        <source>Keys revoked</source>
        <translation>Kunci dicabut</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/audit_words.py" line="33"/>
        <source>Passphrase changed</source>
        <translation>Frasa sandi diganti</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/audit_words.py" line="34"/>
        <source>People on the contact card changed</source>
        <translation>Orang pada kartu kontak diubah</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/audit_words.py" line="35"/>
        <source>Peer added</source>
        <translation>Mitra ditambahkan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/audit_words.py" line="36"/>
        <source>Peer&apos;s card updated</source>
        <translation>Kartu mitra diperbarui</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/audit_words.py" line="37"/>
        <source>Peer&apos;s people updated</source>
        <translation>Orang pada kartu mitra diperbarui</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/audit_words.py" line="38"/>
        <source>Peer verified</source>
        <translation>Mitra diverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/audit_words.py" line="39"/>
        <source>Peer&apos;s trust changed</source>
        <translation>Kepercayaan pada mitra diubah</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/audit_words.py" line="40"/>
        <source>Peer made new keys</source>
        <translation>Mitra membuat kunci baru</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/audit_words.py" line="41"/>
        <source>Peer revoked its keys</source>
        <translation>Mitra mencabut kuncinya</translation>
    </message>
</context>
<context>
    <name>BrandHeader</name>
    <message>
        <location filename="../../desktop/siaga/gui/header.py" line="24"/>
        <location filename="../../desktop/siaga/gui/header.py" line="74"/>
        <source>Siaga</source>
        <translation>Siaga</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/header.py" line="26"/>
        <source>Station</source>
        <translation>Stasiun</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/header.py" line="29"/>
        <source>Not syncing</source>
        <translation>Tidak menyinkronkan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/header.py" line="31"/>
        <source>Connection state</source>
        <translation>Status koneksi</translation>
    </message>
</context>
<context>
    <name>BulkAcknowledge</name>
    <message>
        <location filename="../../desktop/siaga/gui/bulk_ack.py" line="42"/>
        <source>Acknowledging {count} reports...</source>
        <translation>Mengirim tanda terima untuk {count} laporan...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/bulk_ack.py" line="43"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/bulk_ack.py" line="46"/>
        <location filename="../../desktop/siaga/gui/bulk_ack.py" line="77"/>
        <source>Acknowledge</source>
        <translation>Beri tanda terima</translation>
    </message>
</context>
<context>
    <name>CardPreviewPanel</name>
    <message>
        <location filename="../../desktop/siaga/gui/card_preview_panel.py" line="23"/>
        <source>What the card says</source>
        <translation>Isi kartu</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/card_preview_panel.py" line="27"/>
        <source>The peer&apos;s fingerprint digits</source>
        <translation>Angka sidik jari mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/card_preview_panel.py" line="36"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/card_preview_panel.py" line="37"/>
        <source>Organisation:</source>
        <translation>Organisasi:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/card_preview_panel.py" line="38"/>
        <source>Country:</source>
        <translation>Negara:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/card_preview_panel.py" line="39"/>
        <source>Fingerprint:</source>
        <translation>Sidik jari:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/card_preview_panel.py" line="40"/>
        <source>People to call:</source>
        <translation>Orang yang dapat dihubungi:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/card_preview_panel.py" line="45"/>
        <source>Reading the card...</source>
        <translation>Membaca kartu...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/card_preview_panel.py" line="58"/>
        <source>Technical</source>
        <translation>Teknis</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/card_preview_panel.py" line="58"/>
        <source>Diplomatic</source>
        <translation>Diplomatik</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/card_preview_panel.py" line="59"/>
        <source>Management</source>
        <translation>Manajemen</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/card_preview_panel.py" line="69"/>
        <source>{role}: {name}, {reach} {hours}</source>
        <translation>{role}: {name}, {reach} {hours}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/card_preview_panel.py" line="72"/>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/card_preview_panel.py" line="77"/>
        <source>This peer is already in your directory: adding the card again updates it.</source>
        <translation>Mitra ini sudah ada di direktori Anda: menambahkan kartunya lagi akan memperbaruinya.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/card_preview_panel.py" line="79"/>
        <source>Nothing is saved until you press Add. Then compare these digits with the peer by phone, and choose Verify.</source>
        <translation>Belum ada yang disimpan sampai Anda menekan Tambah. Setelah itu, cocokkan angka-angka ini dengan mitra melalui telepon, lalu pilih Verifikasi.</translation>
    </message>
</context>
<context>
    <name>CardQrDialog</name>
    <message>
        <location filename="../../desktop/siaga/gui/field_dialogs.py" line="96"/>
        <source>This station&apos;s card as a QR code</source>
        <translation>Kartu stasiun ini sebagai kode QR</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/field_dialogs.py" line="104"/>
        <source>QR code of this station&apos;s contact card</source>
        <translation>Kode QR kartu kontak stasiun ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/field_dialogs.py" line="119"/>
        <source>Save a &amp;printable page (PDF)...</source>
        <translation>Simpan halaman siap &amp;cetak (PDF)...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/field_dialogs.py" line="129"/>
        <source>Save the printable page</source>
        <translation>Simpan halaman siap cetak</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/field_dialogs.py" line="129"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/field_dialogs.py" line="143"/>
        <source>Printable page saved to {path}</source>
        <translation>Halaman siap cetak disimpan ke {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/field_dialogs.py" line="105"/>
        <source>A peer adds this station from a photo of this code (Peers, then Add from contact card). Then read the fingerprint digits to each other over the phone.</source>
        <translation>Mitra menambahkan stasiun ini dari foto kode ini (Mitra, lalu Tambah dari kartu kontak). Lalu saling bacakan angka sidik jari lewat telepon.</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../../desktop/siaga/gui/update_changes.py" line="15"/>
        <source>Incident type</source>
        <translation>Jenis insiden</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/update_changes.py" line="16"/>
        <source>Severity</source>
        <translation>Tingkat keparahan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/update_changes.py" line="17"/>
        <source>Sharing (TLP)</source>
        <translation>Berbagi (TLP)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/update_changes.py" line="18"/>
        <source>Actions allowed (PAP)</source>
        <translation>Tindakan yang diizinkan (PAP)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/update_changes.py" line="19"/>
        <source>Who hears about it</source>
        <translation>Siapa yang diberi tahu</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/update_changes.py" line="20"/>
        <source>Countries</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/update_changes.py" line="21"/>
        <source>Seen at</source>
        <translation>Terlihat pada</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/update_changes.py" line="22"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/update_changes.py" line="23"/>
        <source>What happened</source>
        <translation>Apa yang terjadi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/update_changes.py" line="24"/>
        <source>Indicators</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/update_changes.py" line="25"/>
        <source>Sectors</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/update_changes.py" line="26"/>
        <source>Impact</source>
        <translation>Dampak</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/update_changes.py" line="50"/>
        <source>Nothing has changed since the last report yet.</source>
        <translation>Belum ada yang berubah sejak laporan terakhir.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/update_changes.py" line="52"/>
        <source>Changed since the last report:</source>
        <translation>Berubah sejak laporan terakhir:</translation>
    </message>
</context>
<context>
    <name>CheckNotice</name>
    <message>
        <location filename="../../desktop/siaga/gui/check_notice.py" line="40"/>
        <source>Ans&amp;wer...</source>
        <extracomment>checks that just arrived (a list of :class:`ReceivedCheck`), for the window to notify the person chose to answer this check</extracomment>
        <translation>&amp;Jawab...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/check_notice.py" line="42"/>
        <source>Answer the partner&apos;s check</source>
        <translation>Jawab pemeriksaan dari mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/check_notice.py" line="47"/>
        <source>Hide this notice (the check still waits in Peers)</source>
        <translation>Sembunyikan pemberitahuan ini (pemeriksaan tetap menunggu di Mitra)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/check_notice.py" line="88"/>
        <source>{name} asks you to confirm you are reachable. A person must answer.</source>
        <translation>{name} meminta Anda memastikan bahwa Anda dapat dihubungi. Seseorang harus menjawab.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/check_notice.py" line="89"/>
        <source>{name} and {count} other check(s) ask you to confirm you are reachable. A person must answer.</source>
        <translation>{name} dan {count} pemeriksaan lain meminta Anda memastikan bahwa Anda dapat dihubungi. Seseorang harus menjawab.</translation>
    </message>
</context>
<context>
    <name>ChecksToAnswer</name>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="71"/>
        <source>Partners asking you to confirm you are reachable</source>
        <translation>Mitra meminta Anda memastikan bahwa Anda dapat dihubungi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="73"/>
        <source>Checks to answer</source>
        <translation>Pemeriksaan yang perlu dijawab</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="77"/>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="78"/>
        <source>Your name, sent with the answer</source>
        <translation>Nama Anda, dikirim bersama jawaban</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="79"/>
        <source>Ans&amp;wer: I am here</source>
        <translation>&amp;Jawab: Saya ada di sini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="80"/>
        <source>Answer the selected check</source>
        <translation>Jawab pemeriksaan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="104"/>
        <source>{name} asks you to confirm you are reachable (received {when})</source>
        <translation>{name} meminta Anda memastikan bahwa Anda dapat dihubungi (diterima {when})</translation>
    </message>
</context>
<context>
    <name>ClockChoice</name>
    <message>
        <location filename="../../desktop/siaga/gui/clock_choice.py" line="34"/>
        <source>Reporting deadlines to follow</source>
        <translation>Tenggat pelaporan yang diikuti</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/clock_choice.py" line="35"/>
        <source>This station&apos;s setting</source>
        <translation>Pengaturan stasiun ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/clock_choice.py" line="41"/>
        <source>A ransom was &amp;paid</source>
        <translation>Tebusan telah di&amp;bayar</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/clock_choice.py" line="43"/>
        <source>A ransom was paid</source>
        <translation>Tebusan telah dibayar</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/clock_choice.py" line="47"/>
        <source>When the ransom was paid, local time</source>
        <translation>Kapan tebusan dibayar, waktu setempat</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/clock_choice.py" line="68"/>
        <source>The deadlines this station follows (Settings). Choose another if this incident falls under other rules.</source>
        <translation>Tenggat yang diikuti stasiun ini (Pengaturan). Pilih yang lain jika insiden ini tunduk pada aturan lain.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/clock_choice.py" line="104"/>
        <source>Reporting &amp;deadlines:</source>
        <translation>&amp;Tenggat pelaporan:</translation>
    </message>
</context>
<context>
    <name>CodeLineDialog</name>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="323"/>
        <source>Decode a code line</source>
        <translation>Uraikan baris kode</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="325"/>
        <source>Type the code line as it was read out or sent by SMS (it starts with SG1). Spaces and capitals do not matter.</source>
        <translation>Ketik baris kode seperti yang dibacakan atau dikirim lewat SMS (diawali SG1). Spasi dan huruf besar tidak berpengaruh.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="330"/>
        <location filename="../../desktop/siaga/gui/field_dialogs.py" line="40"/>
        <source>Code line</source>
        <translation>Baris kode</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="334"/>
        <source>&amp;Decode</source>
        <translation>&amp;Uraikan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="347"/>
        <source>What the code line says</source>
        <translation>Isi baris kode</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/field_dialogs.py" line="34"/>
        <source>Enter a code line</source>
        <translation>Masukkan baris kode</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/field_dialogs.py" line="35"/>
        <source>Type the code line exactly as you received it. Spaces and capital letters do not matter. A line from a peer carries a tag that proves who wrote it.</source>
        <translation>Ketik baris kode persis seperti yang Anda terima. Spasi dan huruf besar tidak berpengaruh. Baris dari mitra membawa tanda yang membuktikan siapa penulisnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/field_dialogs.py" line="50"/>
        <source>&amp;File in the inbox</source>
        <translation>&amp;Simpan di kotak masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/field_dialogs.py" line="68"/>
        <source>authenticated by {name} ({org})</source>
        <translation>diautentikasi oleh {name} ({org})</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/field_dialogs.py" line="71"/>
        <source>NOT authenticated: the line has no tag, anyone could have written it</source>
        <translation>TIDAK diautentikasi: baris ini tidak bertanda, siapa pun bisa menulisnya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/field_dialogs.py" line="77"/>
        <source>Filed in the inbox: received as a code line, {who}. When the full signed report arrives, it takes its place.</source>
        <translation>Disimpan di kotak masuk: diterima sebagai baris kode, {who}. Saat laporan lengkap yang ditandatangani tiba, laporan itu menggantikannya.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/field_dialogs.py" line="80"/>
        <source>Already in the inbox ({who}).</source>
        <translation>Sudah ada di kotak masuk ({who}).</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/field_dialogs.py" line="86"/>
        <source>Nothing was filed. {problem}</source>
        <translation>Tidak ada yang disimpan. {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/field_dialogs.py" line="73"/>
        <source>Filed in the inbox, kept apart from the ordinary list: choose &quot;Not authenticated&quot; in the inbox&apos;s filters to see it. Received as a code line, {who}. Call the sender to confirm it before acting on it.</source>
        <translation>Disimpan di kotak masuk, terpisah dari daftar biasa: pilih &quot;Tidak diautentikasi&quot; pada filter kotak masuk untuk melihatnya. Diterima sebagai baris kode, {who}. Telepon pengirimnya untuk memastikan sebelum menindaklanjutinya.</translation>
    </message>
</context>
<context>
    <name>CodeLineFields</name>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="300"/>
        <source>Message type</source>
        <translation>Jenis pesan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="301"/>
        <source>Incident</source>
        <translation>Insiden</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="302"/>
        <source>Severity</source>
        <translation>Tingkat keparahan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="303"/>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="304"/>
        <source>PAP</source>
        <translation>PAP</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="305"/>
        <source>Scope</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="306"/>
        <source>Countries</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="307"/>
        <source>Observed</source>
        <translation>Teramati</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="308"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="309"/>
        <source>Answers</source>
        <translation>Menjawab</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="310"/>
        <source>Reported</source>
        <translation>Dilaporkan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="311"/>
        <source>Codebook</source>
        <translation>Buku kode</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="312"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
</context>
<context>
    <name>ColumnFitter</name>
    <message>
        <location filename="../../desktop/siaga/gui/column_fit.py" line="117"/>
        <source>Right-click the headings (or press the menu key in the table) to choose the columns shown</source>
        <translation>Klik kanan judul kolom (atau tekan tombol menu di tabel) untuk memilih kolom yang ditampilkan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/column_fit.py" line="211"/>
        <source>Fit the columns to the window</source>
        <translation>Sesuaikan kolom dengan lebar jendela</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/column_fit.py" line="215"/>
        <source>Hide the least useful columns when the window is narrow, show them all when wide</source>
        <translation>Sembunyikan kolom yang paling jarang diperlukan saat jendela sempit, tampilkan semuanya saat lebar</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <location filename="../../desktop/siaga/gui/connection_state.py" line="57"/>
        <source>Nothing to send</source>
        <translation>Tidak ada yang perlu dikirim</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/connection_state.py" line="59"/>
        <source>Online: {up} of {known} peers reachable</source>
        <translation>Daring: {up} dari {known} mitra dapat dijangkau</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/connection_state.py" line="62"/>
        <source>Offline: no peer can be reached; reports wait in the outbox</source>
        <translation>Luring: tidak ada mitra yang dapat dijangkau; laporan menunggu di kotak keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/connection_state.py" line="65"/>
        <source>{up} of {known} peers reachable</source>
        <translation>{up} dari {known} mitra dapat dijangkau</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/connection_state.py" line="67"/>
        <source>{name} refuses: {reason}</source>
        <translation>{name} menolak: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/connection_state.py" line="68"/>
        <source>{count} peers refuse; {name}: {reason}</source>
        <translation>{count} mitra menolak; {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/connection_state.py" line="70"/>
        <source>{name} has a problem: {reason}</source>
        <translation>{name} mengalami masalah: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/connection_state.py" line="71"/>
        <source>{count} peers have a problem; {name}: {reason}</source>
        <translation>{count} mitra mengalami masalah; {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/connection_state.py" line="79"/>
        <source> · {count} waiting</source>
        <translation> · {count} menunggu</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="253"/>
        <source>People on this station&apos;s card</source>
        <translation>Orang pada kartu stasiun ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="255"/>
        <source>People on the card</source>
        <translation>Orang pada kartu</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="257"/>
        <location filename="../../desktop/siaga/gui/partners.py" line="296"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="257"/>
        <location filename="../../desktop/siaga/gui/partners.py" line="299"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="257"/>
        <location filename="../../desktop/siaga/gui/partners.py" line="299"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="257"/>
        <location filename="../../desktop/siaga/gui/partners.py" line="299"/>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="257"/>
        <location filename="../../desktop/siaga/gui/partners.py" line="299"/>
        <source>Working hours</source>
        <translation>Jam kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="258"/>
        <location filename="../../desktop/siaga/gui/partners.py" line="300"/>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="258"/>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="262"/>
        <source>&amp;Add a person</source>
        <translation>&amp;Tambah orang</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="264"/>
        <source>&amp;Remove the selected person</source>
        <translation>&amp;Hapus orang yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="270"/>
        <source>Partners see these people on your contact card and call them to compare fingerprints. Give each a phone number or an e-mail address, and working hours with their time zone (for example 08:00-17:00, Asia/Jakarta).</source>
        <translation>Mitra melihat orang-orang ini pada kartu kontak Anda dan menelepon mereka untuk membandingkan sidik jari. Berikan nomor telepon atau alamat surel untuk masing-masing, serta jam kerja beserta zona waktunya (misalnya 08:00-17:00, Asia/Jakarta).</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="294"/>
        <source>Technical</source>
        <translation>Teknis</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="294"/>
        <source>Diplomatic</source>
        <translation>Diplomatik</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="295"/>
        <source>Management</source>
        <translation>Manajemen</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="306"/>
        <source>Staffed around the clock (24/7)</source>
        <translation>Dijaga sepanjang waktu (24/7)</translation>
    </message>
</context>
<context>
    <name>Correlation</name>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="30"/>
        <source>an address or name kept for documentation and examples, not a real attacker</source>
        <translation>alamat atau nama yang disediakan untuk dokumentasi dan contoh, bukan penyerang sungguhan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="32"/>
        <source>a private or reserved address that does not reach the internet</source>
        <translation>alamat privat atau khusus yang tidak terhubung ke internet</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="34"/>
        <source>a public DNS resolver</source>
        <translation>resolver DNS publik</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="35"/>
        <source>one of the most visited websites</source>
        <translation>salah satu situs web yang paling banyak dikunjungi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="36"/>
        <source>an address or domain of a large provider</source>
        <translation>alamat atau domain milik penyedia layanan besar</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="37"/>
        <source>a known harmless file</source>
        <translation>berkas yang dikenal tidak berbahaya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="38"/>
        <source>a known research scanner</source>
        <translation>pemindai riset yang dikenal</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="39"/>
        <source>a value known not to be malicious</source>
        <translation>nilai yang dikenal tidak berbahaya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="43"/>
        <source>Check this is really the attacker&apos;s: it is {what} (MISP warning list: {name})</source>
        <translation>Periksa apakah ini benar milik penyerang: ini adalah {what} (daftar peringatan MISP: {name})</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="54"/>
        <source>Seen in {count} other report(s) from {countries}</source>
        <translation>Terlihat di {count} laporan lain dari {countries}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="66"/>
        <source>Seen elsewhere</source>
        <translation>Terlihat di tempat lain</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="66"/>
        <source>{sentence} within {days} days; tied by: {ties}</source>
        <translation>{sentence} dalam {days} hari; dihubungkan oleh: {ties}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="72"/>
        <source>Warning list</source>
        <translation>Daftar peringatan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="75"/>
        <source>Sightings</source>
        <translation>Laporan terlihat juga</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="75"/>
        <source>{count} partner(s) said they saw it too</source>
        <translation>{count} mitra menyatakan juga melihatnya</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="93"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="94"/>
        <source>Last 24 hours</source>
        <translation>24 jam terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="94"/>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="95"/>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="95"/>
        <source>Custom dates</source>
        <translation>Tanggal pilihan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="101"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="102"/>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="111"/>
        <source>Map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="112"/>
        <source>ASEAN</source>
        <translation>ASEAN</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="113"/>
        <source>World</source>
        <translation>Dunia</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="114"/>
        <source>E&amp;xport...</source>
        <translation>&amp;Ekspor...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="116"/>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="376"/>
        <source>Export the dashboard</source>
        <translation>Ekspor dasbor</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="121"/>
        <source>P&amp;eriod:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="127"/>
        <source>&amp;Map:</source>
        <translation>Pe&amp;ta:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="148"/>
        <source>received</source>
        <translation>diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="148"/>
        <source>sent</source>
        <translation>dikirim</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="151"/>
        <source>Map of open incidents and shared threats by country</source>
        <translation>Peta insiden terbuka dan ancaman bersama per negara</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="154"/>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="174"/>
        <source>Reports over time</source>
        <translation>Laporan dari waktu ke waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="156"/>
        <source>Reports by incident class</source>
        <translation>Laporan menurut kelas insiden</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="158"/>
        <source>Reports by severity</source>
        <translation>Laporan menurut tingkat keparahan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="160"/>
        <source>Reports by country concerned</source>
        <translation>Laporan menurut negara terkait</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="161"/>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="181"/>
        <source>Top shared threats</source>
        <translation>Ancaman bersama teratas</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="162"/>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="181"/>
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="163"/>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="182"/>
        <source>Partners not heard from lately</source>
        <translation>Mitra yang lama tidak berkabar</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="171"/>
        <source>Open incidents and shared threats, by country (click to see them in the inbox)</source>
        <translation>Insiden terbuka dan ancaman bersama, per negara (klik untuk melihatnya di kotak masuk)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="175"/>
        <source>By incident class</source>
        <translation>Menurut kelas insiden</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="176"/>
        <source>By severity</source>
        <translation>Menurut tingkat keparahan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="177"/>
        <source>By country concerned</source>
        <translation>Menurut negara terkait</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="281"/>
        <source>The period starts after it ends: choose a later end date</source>
        <translation>Periode dimulai setelah berakhir: pilih tanggal akhir yang lebih lambat</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="286"/>
        <source>Counting...</source>
        <translation>Menghitung...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="319"/>
        <source>Received {received} · Sent {sent} · Open incidents {open} · Shared threats {threats}</source>
        <translation>Diterima {received} · Dikirim {sent} · Insiden terbuka {open} · Ancaman bersama {threats}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="323"/>
        <source>From {since} to {until}</source>
        <translation>Dari {since} sampai {until}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="331"/>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="334"/>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="338"/>
        <source>No reports in this period</source>
        <translation>Tidak ada laporan pada periode ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="340"/>
        <source>{open} open incidents, {threats} shared threats, {received} received, {sent} sent</source>
        <translation>{open} insiden terbuka, {threats} ancaman bersama, {received} diterima, {sent} dikirim</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="346"/>
        <source>{key}: {countries} ({reports} reports)</source>
        <translation>{key}: {countries} ({reports} laporan)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="349"/>
        <source>None found in this period</source>
        <translation>Tidak ada pada periode ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="351"/>
        <source>{what} for {msg}, due {when}</source>
        <translation>{what} untuk {msg}, tenggat {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="354"/>
        <source>Nothing overdue</source>
        <translation>Tidak ada yang lewat tenggat</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="356"/>
        <source>{name} ({country}): last message {when}</source>
        <translation>{name} ({country}): pesan terakhir {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="359"/>
        <source>{name} ({country}): no message yet</source>
        <translation>{name} ({country}): belum ada pesan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="361"/>
        <source>Every partner wrote lately</source>
        <translation>Semua mitra berkabar baru-baru ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="377"/>
        <source>PDF for a briefing (*.pdf);;PNG image (*.png)</source>
        <translation>PDF untuk pengarahan (*.pdf);;Gambar PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="390"/>
        <source>Siaga dashboard</source>
        <translation>Dasbor Siaga</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="411"/>
        <source>Not saved: {reason}</source>
        <translation>Tidak tersimpan: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="414"/>
        <source>Saved to {path}</source>
        <translation>Tersimpan di {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="197"/>
        <source>Nothing to count in this period</source>
        <translation>Tidak ada yang dihitung dalam periode ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="198"/>
        <source>The dashboard counts the reports this station sent and received, its open incidents and the threats shared with partners. Choose a longer period above, or file a report.</source>
        <translation>Dasbor menghitung laporan yang dikirim dan diterima stasiun ini, insidennya yang masih terbuka, dan ancaman bersama mitra. Pilih periode yang lebih panjang di atas, atau kirim laporan.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="200"/>
        <source>&amp;New report...</source>
        <translation>Laporan &amp;baru...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/dashboard_view.py" line="349"/>
        <source>Looking for shared threats...</source>
        <translation>Mencari ancaman bersama...</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="388"/>
        <source>Change &amp;passphrase...</source>
        <translation>Ganti &amp;frasa sandi...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="392"/>
        <source>Re&amp;voke keys...</source>
        <translation>Cabu&amp;t kunci...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="394"/>
        <source>&amp;Audit log...</source>
        <translation>Log au&amp;dit...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="395"/>
        <source>&amp;Decode a code line...</source>
        <translation>&amp;Uraikan baris kode...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="390"/>
        <source>Make new &amp;keys...</source>
        <translation>Bu&amp;at kunci baru...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="397"/>
        <source>P&amp;rint the report shown...</source>
        <translation>&amp;Cetak laporan yang ditampilkan...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="399"/>
        <source>Save the report shown as PD&amp;F...</source>
        <translation>Simpan laporan yang ditampilkan sebagai &amp;PDF...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="419"/>
        <source>Open a report in the Inbox first (an outbox message has its own Save as PDF).</source>
        <translation>Buka dulu sebuah laporan di Kotak masuk (pesan di kotak keluar punya Simpan sebagai PDF sendiri).</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="432"/>
        <source>Save the report as PDF</source>
        <translation>Simpan laporan sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="433"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="442"/>
        <source>Report saved as {file}</source>
        <translation>Laporan disimpan sebagai {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="451"/>
        <source>Report sent to the printer</source>
        <translation>Laporan dikirim ke pencetak</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="349"/>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="350"/>
        <source>Only the summary is required; add what you know.</source>
        <translation>Hanya ringkasan yang wajib diisi; tambahkan apa yang Anda ketahui.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="353"/>
        <source>When it was observed, local time</source>
        <translation>Waktu pengamatan, waktu setempat</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="362"/>
        <source>Sectors affected</source>
        <translation>Sektor terdampak</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="370"/>
        <source>Functional impact</source>
        <translation>Dampak fungsional</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="370"/>
        <source>Information impact</source>
        <translation>Dampak informasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="371"/>
        <source>Recoverability</source>
        <translation>Kemampuan pemulihan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="383"/>
        <source>Indicators, one per line</source>
        <translation>Indikator, satu per baris</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="384"/>
        <source>203.0.113.7
sha256 9f86d081884c7d65...
hxxp://bad[.]example/x</source>
        <translation>203.0.113.7
sha256 9f86d081884c7d65...
hxxp://bad[.]example/x</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="388"/>
        <source>Notes on the indicator lines</source>
        <translation>Catatan tentang baris indikator</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="392"/>
        <source>Summary, one line</source>
        <translation>Ringkasan, satu baris</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="395"/>
        <source>Narrative</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="399"/>
        <source>Su&amp;mmary (one line):</source>
        <translation>Ri&amp;ngkasan (satu baris):</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="403"/>
        <source>&amp;When observed (your time):</source>
        <translation>&amp;Waktu pengamatan (waktu Anda):</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="406"/>
        <source>Sectors a&amp;ffected:</source>
        <translation>&amp;Sektor terdampak:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="450"/>
        <source>Not assessed</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="486"/>
        <source>Line {line}: add the {kind} after the type, or delete the line (it is not sent without a value)</source>
        <translation>Baris {line}: tambahkan nilai {kind} setelah jenisnya, atau hapus baris ini (baris tanpa nilai tidak dikirim)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="496"/>
        <source>Line {line}: {warning}</source>
        <translation>Baris {line}: {warning}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="409"/>
        <source>&amp;Indicators (type value, or just the value):</source>
        <translation>In&amp;dikator (jenis nilai, atau nilainya saja):</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="411"/>
        <source>Na&amp;rrative:</source>
        <translation>U&amp;raian:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="449"/>
        <source>As observed: {label}</source>
        <translation>Sesuai pengamatan: {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="465"/>
        <source>{time} UTC</source>
        <translation>{time} UTC</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="481"/>
        <source>Line {line}: {problem}</source>
        <translation>Baris {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="490"/>
        <source>Line {line}: read as {kind}</source>
        <translation>Baris {line}: dibaca sebagai {kind}</translation>
    </message>
</context>
<context>
    <name>DraftPrompt</name>
    <message>
        <location filename="../../desktop/siaga/gui/draft_prompt.py" line="28"/>
        <source>A report you were writing ({when}) was kept. Continue it?</source>
        <translation>Laporan yang sedang Anda tulis ({when}) telah disimpan. Lanjutkan?</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/draft_prompt.py" line="32"/>
        <source>Unfinished report</source>
        <translation>Laporan belum selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/draft_prompt.py" line="35"/>
        <source>Later keeps it in Drafts and does not ask again until you save a draft.</source>
        <translation>Nanti menyimpannya di Draf dan tidak bertanya lagi sampai Anda menyimpan draf.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/draft_prompt.py" line="37"/>
        <source>&amp;Continue</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/draft_prompt.py" line="39"/>
        <source>&amp;Discard</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/draft_prompt.py" line="42"/>
        <source>&amp;Later</source>
        <translation>&amp;Nanti</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/draft_prompt.py" line="49"/>
        <source>Discard draft</source>
        <translation>Buang draf</translation>
    </message>
</context>
<context>
    <name>DraftsView</name>
    <message>
        <location filename="../../desktop/siaga/gui/drafts_view.py" line="40"/>
        <source>Drafts</source>
        <extracomment>(draft id, draft): open the report form on it open the report form on a new report</extracomment>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/drafts_view.py" line="45"/>
        <source>Unfinished reports</source>
        <translation>Laporan yang belum selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/drafts_view.py" line="46"/>
        <source>Last changed</source>
        <translation>Terakhir diubah</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/drafts_view.py" line="46"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/drafts_view.py" line="54"/>
        <source>&amp;Continue</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/drafts_view.py" line="57"/>
        <source>&amp;Discard...</source>
        <translation>&amp;Buang...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/drafts_view.py" line="60"/>
        <source>No unfinished reports</source>
        <translation>Tidak ada laporan yang belum selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/drafts_view.py" line="61"/>
        <source>A report you start is kept here, sealed, until you sign and queue it. Start one with New report.</source>
        <translation>Laporan yang Anda mulai disimpan di sini, tersegel, sampai Anda menandatangani dan mengantrekannya. Mulai dengan Laporan baru.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/drafts_view.py" line="62"/>
        <source>&amp;New report...</source>
        <translation>Laporan &amp;baru...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/drafts_view.py" line="98"/>
        <source>(no summary yet)</source>
        <translation>(belum ada ringkasan)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/drafts_view.py" line="126"/>
        <location filename="../../desktop/siaga/gui/drafts_view.py" line="135"/>
        <source>Discard draft</source>
        <translation>Buang draf</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/drafts_view.py" line="127"/>
        <source>Discard this unfinished report? It cannot be brought back.</source>
        <translation>Buang laporan yang belum selesai ini? Laporan tidak dapat dikembalikan.</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <location filename="../../desktop/siaga/gui/empty_views.py" line="22"/>
        <location filename="../../desktop/siaga/gui/empty_views.py" line="76"/>
        <source>No reports here yet</source>
        <translation>Belum ada laporan di sini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/empty_views.py" line="23"/>
        <source>Reports from peers arrive here. A peer can send to you once you have added their contact card and they have added yours. If filters are set, Clear filters shows every report.</source>
        <translation>Laporan dari mitra masuk ke sini. Mitra dapat mengirim kepada Anda setelah Anda menambahkan kartu kontak mereka dan mereka menambahkan kartu Anda. Jika ada filter, Hapus filter menampilkan semua laporan.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/empty_views.py" line="26"/>
        <location filename="../../desktop/siaga/gui/empty_views.py" line="80"/>
        <source>Go to Peers</source>
        <translation>Ke Mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/empty_views.py" line="29"/>
        <source>Nothing sent yet</source>
        <translation>Belum ada yang dikirim</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/empty_views.py" line="30"/>
        <source>The reports you file appear here, with where each delivery stands: queued, delivered, acknowledged.</source>
        <translation>Laporan yang Anda buat muncul di sini, beserta status setiap pengiriman: dalam antrean, terkirim, ditanggapi.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/empty_views.py" line="33"/>
        <location filename="../../desktop/siaga/gui/empty_views.py" line="50"/>
        <source>New report...</source>
        <translation>Laporan baru...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/empty_views.py" line="35"/>
        <source>No peers yet</source>
        <translation>Belum ada mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/empty_views.py" line="36"/>
        <source>A peer is another station, such as a partner country&apos;s contact point. Add one from the contact card they gave you, and give them yours: cards must go both ways before reports flow.</source>
        <translation>Mitra adalah stasiun lain, misalnya titik kontak negara mitra. Tambahkan dari kartu kontak yang mereka berikan, dan berikan kartu Anda: kartu harus dipertukarkan dua arah sebelum laporan dapat mengalir.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/empty_views.py" line="40"/>
        <source>Add from contact card...</source>
        <translation>Tambah dari kartu kontak...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/empty_views.py" line="46"/>
        <source>No incidents yet</source>
        <translation>Belum ada insiden</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/empty_views.py" line="47"/>
        <source>An incident is a first report and the updates that follow it, yours or a peer&apos;s. File a report to start one; reports from peers start theirs here too.</source>
        <translation>Insiden adalah laporan pertama beserta pembaruan yang mengikutinya, milik Anda atau milik mitra. Kirim laporan untuk memulainya; laporan dari mitra juga memulai insiden mereka di sini.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/empty_views.py" line="60"/>
        <source>The inbox could not be read</source>
        <translation>Kotak masuk tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/empty_views.py" line="61"/>
        <source>{reason} Your reports are kept. Try again.</source>
        <translation>{reason} Laporan Anda tetap tersimpan. Coba lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/empty_views.py" line="63"/>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/empty_views.py" line="70"/>
        <source>No report matches these filters</source>
        <translation>Tidak ada laporan yang cocok dengan filter ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/empty_views.py" line="71"/>
        <source>Reports are kept; the filters above hide them. Clear the filters to see every report.</source>
        <translation>Laporan tetap tersimpan; filter di atas menyembunyikannya. Hapus filter untuk melihat semua laporan.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/empty_views.py" line="74"/>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/empty_views.py" line="77"/>
        <source>Reports from peers arrive here. A peer can send to you once you have added their contact card and they have added yours.</source>
        <translation>Laporan dari mitra masuk ke sini. Mitra dapat mengirim kepada Anda setelah Anda menambahkan kartu kontak mereka dan mereka menambahkan kartu Anda.</translation>
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
        <location filename="../../desktop/siaga/gui/errors.py" line="347"/>
        <source>The file could not be read or written: {detail}</source>
        <translation>Berkas tidak dapat dibaca atau ditulis: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="350"/>
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
        <location filename="../../desktop/siaga/gui/errors.py" line="272"/>
        <source>Message type</source>
        <translation>Jenis pesan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="273"/>
        <source>Incident code</source>
        <translation>Kode insiden</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="274"/>
        <source>First observed</source>
        <translation>Waktu pengamatan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="275"/>
        <source>Indicators</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="276"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="277"/>
        <source>Narrative</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="278"/>
        <source>Scope</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="279"/>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="280"/>
        <source>PAP</source>
        <translation>PAP</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="281"/>
        <source>Countries</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="282"/>
        <location filename="../../desktop/siaga/gui/errors.py" line="283"/>
        <source>Recipients</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="284"/>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="285"/>
        <source>Station name</source>
        <translation>Nama stasiun</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="286"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="287"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="288"/>
        <source>Endpoint URL</source>
        <translation>URL endpoint</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="50"/>
        <source>Browse...</source>
        <translation>Telusuri...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="51"/>
        <source>Browse for: {what}</source>
        <translation>Telusuri: {what}</translation>
    </message>
</context>
<context>
    <name>FilingNotice</name>
    <message>
        <location filename="../../desktop/siaga/gui/filing_notice.py" line="37"/>
        <source>Filing {count} arrived reports…</source>
        <translation>Memasukkan {count} laporan yang tiba ke kotak masuk…</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/filing_notice.py" line="39"/>
        <source>{count} arrived reports could not be filed. They are kept and tried again when Siaga next starts; if this stays, send the log file to your support.</source>
        <translation>{count} laporan yang tiba tidak dapat dimasukkan ke kotak masuk. Laporan itu tetap disimpan dan dicoba lagi saat Siaga dijalankan berikutnya; jika tetap begini, kirim berkas log ke tim dukungan Anda.</translation>
    </message>
</context>
<context>
    <name>FingerprintPage</name>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="244"/>
        <source>Your station is ready</source>
        <translation>Stasiun Anda siap</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="245"/>
        <source>These digits identify your station&apos;s keys. Give partners your contact card, then read the digits to them (by phone or in person) so they can verify it.</source>
        <translation>Angka-angka ini mengidentifikasi kunci stasiun Anda. Berikan kartu kontak Anda kepada mitra, lalu bacakan angka-angka ini kepada mereka (melalui telepon atau secara langsung) agar mereka dapat memverifikasinya.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="247"/>
        <source>Fingerprint digits</source>
        <translation>Angka sidik jari</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="252"/>
        <source>&amp;Save contact card...</source>
        <translation>&amp;Simpan kartu kontak...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="253"/>
        <source>Save contact card to a file</source>
        <translation>Simpan kartu kontak ke berkas</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="259"/>
        <source>Save contact card</source>
        <translation>Simpan kartu kontak</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="259"/>
        <source>Contact cards (*.card);;All files (*)</source>
        <translation>Kartu kontak (*.card);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="266"/>
        <source>Contact card not saved</source>
        <translation>Kartu kontak tidak disimpan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="268"/>
        <source>Contact card saved to {path}</source>
        <translation>Kartu kontak disimpan ke {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="249"/>
        <source>Contact cards must go both ways before reports flow: each partner adds your card, and you add theirs (Peers, then Add from contact card). Until a partner has added your card, its station refuses your reports; they wait safely in your outbox.</source>
        <translation>Kartu kontak harus dipertukarkan dua arah sebelum laporan dapat mengalir: setiap mitra menambahkan kartu Anda, dan Anda menambahkan kartu mereka (Mitra, lalu Tambah dari kartu kontak). Selama mitra belum menambahkan kartu Anda, stasiunnya menolak laporan Anda; laporan itu menunggu dengan aman di kotak keluar Anda.</translation>
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
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../desktop/siaga/gui/help.py" line="61"/>
        <location filename="../../desktop/siaga/gui/help.py" line="72"/>
        <source>Glossary</source>
        <translation>Glosarium</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/help.py" line="68"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
</context>
<context>
    <name>HandlingPage</name>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="518"/>
        <source>Handling</source>
        <translation>Penanganan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="519"/>
        <source>Check the proposed severity, the sharing labels and who receives the report.</source>
        <translation>Periksa usulan tingkat keparahan, label berbagi, dan penerima laporan.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="522"/>
        <source>Severity</source>
        <translation>Tingkat keparahan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="531"/>
        <source>Sharing label (TLP)</source>
        <translation>Label berbagi (TLP)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="534"/>
        <source>Permitted actions label (PAP)</source>
        <translation>Label tindakan yang diizinkan (PAP)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="537"/>
        <source>Sco&amp;pe</source>
        <translation>Cak&amp;upan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="539"/>
        <source>Scope</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="558"/>
        <source>Search countries and groups</source>
        <translation>Cari negara dan grup</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="559"/>
        <source>Type a name or code, e.g. Malaysia, MY, ASEAN</source>
        <translation>Ketik nama atau kode, mis. Malaysia, MY, ASEAN</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="563"/>
        <source>Countries and groups</source>
        <translation>Negara dan grup</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="575"/>
        <source>Recipients</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="581"/>
        <source>&amp;Severity:</source>
        <translation>Tingkat ke&amp;parahan:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="583"/>
        <source>&amp;TLP:</source>
        <translation>&amp;TLP:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="585"/>
        <source>P&amp;AP:</source>
        <translation>P&amp;AP:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="588"/>
        <source>Fin&amp;d:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="589"/>
        <source>&amp;Countries and groups:</source>
        <translation>Negara dan &amp;grup:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="590"/>
        <source>Goes to:</source>
        <translation>Dikirim ke:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="628"/>
        <source>{level} (proposed)</source>
        <translation>{level} (usulan)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="632"/>
        <source>Proposed from no answers: nothing you ticked or answered says how bad it is. Answer the impact questions on the Details page, or choose the severity here.</source>
        <translation>Diusulkan tanpa jawaban: tidak ada yang Anda centang atau jawab yang menunjukkan seberapa parah. Jawab pertanyaan dampak di halaman Rincian, atau pilih tingkat keparahan di sini.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="647"/>
        <source>Choose the scope first.</source>
        <translation>Pilih cakupan terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../desktop/siaga/gui/help.py" line="108"/>
        <source>&amp;Glossary</source>
        <translation>&amp;Glosarium</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/help.py" line="113"/>
        <source>&amp;About Siaga</source>
        <translation>&amp;Tentang Siaga</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/help.py" line="116"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/help.py" line="139"/>
        <source>About Siaga</source>
        <translation>Tentang Siaga</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/help.py" line="139"/>
        <source>Siaga {version}: early warning of cyber incidents between national contact points. Reports are signed and encrypted end to end.</source>
        <translation>Siaga {version}: peringatan dini insiden siber antar titik kontak nasional. Laporan ditandatangani dan dienkripsi dari ujung ke ujung.</translation>
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
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="130"/>
        <source>Any</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="65"/>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="77"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="78"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="79"/>
        <source>Received from</source>
        <translation>Tiba sejak</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="80"/>
        <source>Received until</source>
        <translation>Tiba sampai</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="83"/>
        <source>Search summaries</source>
        <translation>Cari ringkasan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="84"/>
        <source>Words in the summary (Ctrl+F)</source>
        <translation>Kata dalam ringkasan (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="92"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Hapus filter</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="94"/>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="110"/>
        <source>&amp;Code</source>
        <translation>K&amp;ode</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="110"/>
        <source>Se&amp;verity</source>
        <translation>Ke&amp;parahan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="111"/>
        <source>&amp;TLP</source>
        <translation>T&amp;LP</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="111"/>
        <source>Stat&amp;us</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="111"/>
        <source>Countr&amp;y</source>
        <translation>&amp;Negara</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="112"/>
        <source>F&amp;rom</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="112"/>
        <source>U&amp;ntil</source>
        <translation>Sampa&amp;i</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="112"/>
        <source>Searc&amp;h</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="143"/>
        <source>any date</source>
        <translation>tanggal berapa pun</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="178"/>
        <source>This search cannot be run: {detail}</source>
        <translation>Pencarian ini tidak dapat dijalankan: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="183"/>
        <source>No country matches “{text}”</source>
        <translation>Tidak ada negara yang cocok dengan “{text}”</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="69"/>
        <source>Which messages: the ordinary list, or code lines received without authentication</source>
        <translation>Pesan mana: daftar biasa, atau baris kode yang diterima tanpa autentikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="71"/>
        <source>Ordinary list</source>
        <translation>Daftar biasa</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="72"/>
        <source>Not authenticated</source>
        <translation>Tidak diautentikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_filters.py" line="73"/>
        <source>Code lines typed in without a tag are kept apart: anyone could have written them. Choose &quot;Not authenticated&quot; to see them; call the sender to confirm before acting on one.</source>
        <translation>Baris kode yang diketik tanpa tag disimpan terpisah: siapa pun bisa menulisnya. Pilih &quot;Tidak diautentikasi&quot; untuk melihatnya; telepon pengirimnya untuk memastikan sebelum menindaklanjutinya.</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="190"/>
        <source>Received</source>
        <translation>Tiba</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="190"/>
        <source>Sender</source>
        <translation>Pengirim</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="191"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="191"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="190"/>
        <source>Severity</source>
        <extracomment>a first page that could not be read is asked for again this many times, after RETRY_MS, 2 × RETRY_MS...</extracomment>
        <translation>Keparahan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="191"/>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="190"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="251"/>
        <source>{name} (external)</source>
        <translation>{name} (eksternal)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="253"/>
        <source>{name} (code line, NOT authenticated)</source>
        <translation>{name} (baris kode, TIDAK diautentikasi)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="255"/>
        <source>{name} (code line)</source>
        <translation>{name} (baris kode)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="270"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="276"/>
        <source>{count} countries</source>
        <translation>{count} negara</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="282"/>
        <source>{status} · seen by {count} countries</source>
        <translation>{status} · terlihat oleh {count} negara</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="299"/>
        <source>Verified peer</source>
        <translation>Mitra terverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="300"/>
        <source>Signature valid; peer not verified</source>
        <translation>Tanda tangan sah; mitra belum terverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="301"/>
        <source>Peer revoked its keys</source>
        <translation>Mitra telah mencabut kuncinya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="302"/>
        <source>Signature valid; author not in the directory</source>
        <translation>Tanda tangan sah; penulis tidak ada di direktori</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="303"/>
        <source>External report (STIX): no Siaga signature</source>
        <translation>Laporan eksternal (STIX): tanpa tanda tangan Siaga</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="304"/>
        <source>Received as a code line, authenticated by its tag; the signed report will take its place</source>
        <translation>Diterima sebagai baris kode, diautentikasi oleh tandanya; laporan yang ditandatangani akan menggantikannya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="306"/>
        <source>Received as a code line, NOT authenticated</source>
        <translation>Diterima sebagai baris kode, TIDAK diautentikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="310"/>
        <source>{count} countries reported the same indicator, or this code in the same sector, within a few days of each other</source>
        <translation>{count} negara melaporkan indikator yang sama, atau kode ini di sektor yang sama, dalam selang beberapa hari</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="190"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_model.py" line="191"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="139"/>
        <source>Inbox: received reports</source>
        <extracomment>an urgent report arrived: {&quot;id&quot;, &quot;type&quot;, &quot;code&quot;, &quot;severity&quot;, &quot;sender&quot;, &quot;summary&quot;}</extracomment>
        <translation>Kotak masuk: laporan yang diterima</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="168"/>
        <source>The selected report</source>
        <translation>Laporan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="170"/>
        <source>&amp;Acknowledge...</source>
        <translation>Beri &amp;tanda terima...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="171"/>
        <source>&amp;Forward...</source>
        <translation>Ter&amp;uskan...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="172"/>
        <source>Seen here too...</source>
        <translation>Terlihat juga di sini...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="173"/>
        <source>E&amp;xport...</source>
        <translation>&amp;Ekspor...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="174"/>
        <source>I&amp;mport STIX...</source>
        <translation>Impor STI&amp;X...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="331"/>
        <source>The urgent report is not listed with the filters chosen; clear them to act on it.</source>
        <translation>Laporan mendesak tidak tercantum dengan filter yang dipilih; hapus filter untuk menindaklanjutinya.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="341"/>
        <source>Urgent: {code} from {sender} — {summary}</source>
        <translation>Mendesak: {code} dari {sender} — {summary}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="379"/>
        <source>Acknowledgement ({status}) queued for the author</source>
        <translation>Tanda terima ({status}) diantrekan untuk penulis</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="385"/>
        <source>Acknowledge</source>
        <translation>Beri tanda terima</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="395"/>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="410"/>
        <source>Seen here too</source>
        <translation>Terlihat juga di sini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="406"/>
        <source>The author will be told it was seen here too.</source>
        <translation>Penulis akan diberi tahu bahwa ini juga terlihat di sini.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="422"/>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="436"/>
        <source>Forward</source>
        <translation>Teruskan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="432"/>
        <source>Forwarded to {count} peer(s); see the outbox</source>
        <translation>Diteruskan kepada {count} mitra; lihat kotak keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="454"/>
        <source>Import a STIX 2.1 bundle</source>
        <translation>Impor bundel STIX 2.1</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="455"/>
        <source>STIX bundles (*.json);;All files (*)</source>
        <translation>Bundel STIX (*.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="468"/>
        <source>{found} incident(s) read, {new} new; shown as external (unsigned) reports</source>
        <translation>{found} insiden dibaca, {new} baru; ditampilkan sebagai laporan eksternal (tanpa tanda tangan)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="472"/>
        <source>Import STIX</source>
        <translation>Impor STIX</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="353"/>
        <source>{count} reports</source>
        <translation>{count} laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="355"/>
        <source> ({count} from partners&apos; files left out: they have no Siaga author)</source>
        <translation> ({count} dari berkas mitra tidak disertakan: laporan itu tidak memiliki penulis Siaga)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="368"/>
        <source>{count} acknowledgements ({status}) queued for the authors</source>
        <translation>{count} tanda terima ({status}) diantrekan untuk para penulis</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="369"/>
        <source>Nothing was acknowledged.</source>
        <translation>Tidak ada tanda terima yang dikirim.</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="305"/>
        <source>Incident</source>
        <translation>Insiden</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="313"/>
        <source>{state}. Next: {due}. Clock: {profile}.</source>
        <translation>{state}. Berikutnya: {due}. Tenggat: {profile}.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="322"/>
        <source>The earlier report has not been received yet: the thread joins up when it arrives.</source>
        <translation>Laporan sebelumnya belum diterima: rangkaiannya tersambung begitu laporan itu tiba.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="334"/>
        <source>This station</source>
        <translation>Stasiun ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="343"/>
        <source>The incident&apos;s messages, oldest first</source>
        <translation>Pesan-pesan insiden, yang terlama dahulu</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="344"/>
        <source>Filed</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="344"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="344"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="345"/>
        <source>Content</source>
        <translation>Isi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="353"/>
        <source>Severity {level}: {summary}</source>
        <translation>Tingkat {level}: {summary}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="358"/>
        <source>Messages, oldest first:</source>
        <translation>Pesan, yang terlama dahulu:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="370"/>
        <source>Deadlines and acknowledgements</source>
        <translation>Tenggat dan tanda terima</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="371"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="371"/>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="374"/>
        <source>Done late</source>
        <translation>Selesai terlambat</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="375"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="381"/>
        <source>Deadlines and acknowledgements:</source>
        <translation>Tenggat dan tanda terima:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="384"/>
        <source>Related report from {who}, not part of this incident (only its author continues an incident): {summary}</source>
        <translation>Laporan terkait dari {who}, bukan bagian insiden ini (hanya pembuatnya yang dapat melanjutkan insiden): {summary}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="392"/>
        <source>Send &amp;update...</source>
        <translation>Kirim &amp;pembaruan...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="394"/>
        <source>&amp;Final report...</source>
        <translation>Laporan &amp;akhir...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="327"/>
        <source>Seen by {count} partner(s): they said they see it on their own networks too.</source>
        <translation>Terlihat oleh {count} mitra: mereka menyatakan melihatnya juga di jaringan mereka sendiri.</translation>
    </message>
</context>
<context>
    <name>IncidentSwitch</name>
    <message>
        <location filename="../../desktop/siaga/gui/by_incident.py" line="32"/>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/by_incident.py" line="34"/>
        <source>Show one row per message</source>
        <translation>Tampilkan satu baris per pesan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/by_incident.py" line="35"/>
        <source>Incidents</source>
        <translation>Insiden</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/by_incident.py" line="37"/>
        <source>Show one row per incident: a first report and its updates</source>
        <translation>Tampilkan satu baris per insiden: laporan pertama dan pembaruannya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/by_incident.py" line="48"/>
        <source>Show:</source>
        <translation>Tampilkan:</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="53"/>
        <source>On time</source>
        <extracomment>how often deadlines are looked at again while the app is open (ms)</extracomment>
        <translation>Tepat waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="54"/>
        <source>Due within 2 h</source>
        <translation>Jatuh tempo dalam 2 jam</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="55"/>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="56"/>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="63"/>
        <source>Nothing due</source>
        <translation>Tidak ada yang jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="68"/>
        <source>{what} by {when}</source>
        <translation>{what} paling lambat {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="69"/>
        <source>this station</source>
        <translation>stasiun ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="71"/>
        <source>{what} from {who} by {when}</source>
        <translation>{what} dari {who} paling lambat {when}</translation>
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="125"/>
        <source>Which incidents to show</source>
        <translation>Insiden yang ditampilkan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="126"/>
        <source>All incidents</source>
        <translation>Semua insiden</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="127"/>
        <source>Open incidents</source>
        <translation>Insiden terbuka</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="128"/>
        <source>Overdue incidents</source>
        <translation>Insiden terlambat</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="129"/>
        <source>Op&amp;en...</source>
        <translation>B&amp;uka...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="131"/>
        <source>Open the selected incident</source>
        <translation>Buka insiden yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="132"/>
        <source>Send &amp;update...</source>
        <translation>Kirim &amp;pembaruan...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="134"/>
        <source>Send an update on the selected incident</source>
        <translation>Kirim pembaruan tentang insiden yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="135"/>
        <source>&amp;Final report...</source>
        <translation>Laporan &amp;akhir...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="137"/>
        <source>File the final report of the selected incident</source>
        <translation>Ajukan laporan akhir insiden yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="145"/>
        <source>Incidents: a first report and its updates, one per row</source>
        <translation>Insiden: laporan pertama dan pembaruannya, satu per baris</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="146"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="146"/>
        <source>Severity</source>
        <translation>Keparahan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="146"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="147"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="147"/>
        <source>Next deadline</source>
        <translation>Tenggat berikutnya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="147"/>
        <source>Started by</source>
        <translation>Dimulai oleh</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="210"/>
        <source>This station</source>
        <translation>Stasiun ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="213"/>
        <source>{summary} (earlier report not received yet)</source>
        <translation>{summary} (laporan sebelumnya belum diterima)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="225"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n insiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="226"/>
        <source>, %n with a deadline near or passed</source>
        <translation>
            <numerusform>, %n dengan tenggat dekat atau terlewat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="254"/>
        <source>Deadline passed</source>
        <translation>Tenggat terlewat</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="255"/>
        <source>Deadline in less than 2 hours</source>
        <translation>Tenggat kurang dari 2 jam lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/incidents_view.py" line="287"/>
        <source>Open incident</source>
        <translation>Buka insiden</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="139"/>
        <source>Every peer is told on the next sync, or by the next bundle you export for them.</source>
        <translation>Setiap mitra diberi tahu pada sinkronisasi berikutnya, atau lewat bundel berikutnya yang Anda ekspor untuk mereka.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="141"/>
        <source>Revoke this station&apos;s keys</source>
        <translation>Cabut kunci stasiun ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="142"/>
        <source>Revoke only if this computer or its passphrase may be in someone else&apos;s hands. Peers will refuse everything signed with these keys from now on, for good: this station can send nothing more, and you will need to set up a new station and exchange contact cards again.</source>
        <translation>Cabut hanya jika komputer ini atau frasa sandinya mungkin jatuh ke tangan orang lain. Mulai sekarang mitra akan menolak semua yang ditandatangani dengan kunci ini, untuk selamanya: stasiun ini tidak dapat mengirim apa pun lagi, dan Anda perlu menyiapkan stasiun baru dan bertukar kartu kontak lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="147"/>
        <source>Make new keys</source>
        <translation>Buat kunci baru</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="148"/>
        <source>New keys replace this station&apos;s keys. Peers will see a new fingerprint for this station: read it to them again so they can check it. Reports already sent and received stay readable.</source>
        <translation>Kunci baru menggantikan kunci stasiun ini. Mitra akan melihat sidik jari baru untuk stasiun ini: bacakan lagi kepada mereka agar dapat diperiksa. Laporan yang sudah dikirim dan diterima tetap dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="157"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frasa sandi:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="159"/>
        <source>&amp;Revoke for good</source>
        <translation>&amp;Cabut selamanya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="159"/>
        <source>&amp;Make new keys</source>
        <translation>&amp;Buat kunci baru</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="161"/>
        <source>I &amp;understand that this cannot be undone</source>
        <translation>Saya &amp;mengerti bahwa ini tidak dapat dibatalkan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="183"/>
        <source>Keys revoked. {count} peer(s) will be told on the next sync or bundle.</source>
        <translation>Kunci dicabut. {count} mitra akan diberi tahu pada sinkronisasi atau bundel berikutnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="185"/>
        <source>New keys. Fingerprint: {fingerprint}. {count} peer(s) will be told on the next sync or bundle.</source>
        <translation>Kunci baru. Sidik jari: {fingerprint}. {count} mitra akan diberi tahu pada sinkronisasi atau bundel berikutnya.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="118"/>
        <source>Siaga — {station}</source>
        <translation>Siaga — {station}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="52"/>
        <location filename="../../desktop/siaga/gui/main_window.py" line="91"/>
        <source>Siaga</source>
        <translation>Siaga</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="145"/>
        <source>&amp;New report...</source>
        <translation>Laporan &amp;baru...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="147"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="148"/>
        <source>&amp;Import bundle...</source>
        <translation>&amp;Impor bundel...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="150"/>
        <source>&amp;Export bundle for a peer...</source>
        <translation>&amp;Ekspor bundel untuk mitra...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="152"/>
        <source>Enter a &amp;code line...</source>
        <translation>Masukkan baris &amp;kode...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="154"/>
        <source>Se&amp;ttings...</source>
        <translation>Pen&amp;gaturan...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="156"/>
        <source>&amp;Lock</source>
        <translation>Ku&amp;nci</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="157"/>
        <source>&amp;Quit</source>
        <translation>Ke&amp;luar</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="165"/>
        <source>&amp;Station</source>
        <translation>&amp;Stasiun</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="175"/>
        <source>Not syncing</source>
        <translation>Tidak menyinkronkan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="177"/>
        <source>Connection state</source>
        <translation>Status koneksi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="180"/>
        <source>Sync progress</source>
        <translation>Kemajuan sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="183"/>
        <source>Last sync: never</source>
        <translation>Sinkronisasi terakhir: belum pernah</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="185"/>
        <source>Last sync</source>
        <translation>Sinkronisasi terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="200"/>
        <source>Syncing when a connection is available</source>
        <translation>Menyinkronkan bila koneksi tersedia</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="207"/>
        <source>Sync is off for this session</source>
        <translation>Sinkronisasi nonaktif untuk sesi ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="210"/>
        <source>Syncing...</source>
        <translation>Menyinkronkan...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="223"/>
        <source>Sending {done} of {total}</source>
        <translation>Mengirim {done} dari {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="229"/>
        <source>Last sync: {time}</source>
        <translation>Sinkronisasi terakhir: {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="245"/>
        <source>Sync problem: {reason}</source>
        <translation>Masalah sinkronisasi: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="269"/>
        <location filename="../../desktop/siaga/gui/main_window.py" line="359"/>
        <location filename="../../desktop/siaga/gui/main_window.py" line="379"/>
        <source>New report</source>
        <translation>Laporan baru</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="291"/>
        <location filename="../../desktop/siaga/gui/main_window.py" line="354"/>
        <source>Final report</source>
        <translation>Laporan akhir</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="291"/>
        <location filename="../../desktop/siaga/gui/main_window.py" line="354"/>
        <source>Send update</source>
        <translation>Kirim pembaruan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="373"/>
        <source>Report signed and queued ({id})</source>
        <translation>Laporan ditandatangani dan diantrekan ({id})</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="311"/>
        <source>Unfinished report</source>
        <translation>Laporan belum selesai</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="398"/>
        <location filename="../../desktop/siaga/gui/main_window.py" line="417"/>
        <source>Import bundle</source>
        <translation>Impor bundel</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="399"/>
        <source>Siaga bundles (*.sgb);;All files (*)</source>
        <translation>Bundel Siaga (*.sgb);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="406"/>
        <source>Bundle imported: {count} message(s), {new} new</source>
        <translation>Bundel diimpor: {count} pesan, {new} baru</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="426"/>
        <source>Choose the peer in the Peers tab first, then export again.</source>
        <translation>Pilih mitra di tab Mitra terlebih dahulu, lalu ekspor lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="429"/>
        <location filename="../../desktop/siaga/gui/main_window.py" line="442"/>
        <source>Export bundle</source>
        <translation>Ekspor bundel</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="430"/>
        <source>Siaga bundles (*.sgb)</source>
        <translation>Bundel Siaga (*.sgb)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="441"/>
        <source>{count} message(s) written to the bundle</source>
        <translation>{count} pesan ditulis ke bundel</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="461"/>
        <source>Urgent report</source>
        <translation>Laporan mendesak</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="464"/>
        <source>{code} from {sender}: {summary}</source>
        <translation>{code} dari {sender}: {summary}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/main_window.py" line="450"/>
        <source>A partner asks you to answer</source>
        <translation>Mitra meminta jawaban Anda</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="270"/>
        <source>Message {id}</source>
        <translation>Pesan {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="273"/>
        <source>The message as its recipients read it</source>
        <translation>Pesan sebagaimana dibaca penerimanya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="280"/>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="281"/>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="287"/>
        <source>Code line</source>
        <translation>Baris kode</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="285"/>
        <source>Save as &amp;PDF...</source>
        <translation>Simpan sebagai &amp;PDF...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="310"/>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="317"/>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="310"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../desktop/siaga/gui/sidebar.py" line="35"/>
        <source>Places</source>
        <extracomment>the key of the place now shown</extracomment>
        <translation>Tempat</translation>
    </message>
</context>
<context>
    <name>ObservePage</name>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="167"/>
        <source>What did you observe?</source>
        <extracomment>item data for &quot;no code&quot; entries (PySide6 mishandles None stored as item data) the wizard&apos;s one size, the same on every page; fits a 1280x720 screen with its frame and taskbar</extracomment>
        <translation>Apa yang Anda amati?</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="168"/>
        <source>Tick everything that fits. Siaga suggests the incident code.</source>
        <translation>Centang semua yang sesuai. Siaga akan menyarankan kode insiden.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="172"/>
        <source>Start from a template</source>
        <translation>Mulai dari templat</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="173"/>
        <source>(none: start empty)</source>
        <translation>(tidak ada: mulai dari kosong)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="183"/>
        <source>Message type</source>
        <translation>Jenis pesan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="196"/>
        <source>Search observations</source>
        <translation>Cari pengamatan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="197"/>
        <source>Type a word, e.g. ransom, password, website</source>
        <translation>Ketik sebuah kata, mis. tebusan, kata sandi, situs web</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="201"/>
        <source>Observations</source>
        <translation>Pengamatan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="221"/>
        <source>Suggested incident codes</source>
        <translation>Kode insiden yang disarankan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="226"/>
        <source>Another incident code</source>
        <translation>Kode insiden lain</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="227"/>
        <source>(the selected suggestion)</source>
        <translation>(saran yang dipilih)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="235"/>
        <source>Start from a te&amp;mplate:</source>
        <translation>Mulai dari &amp;templat:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="244"/>
        <source>Message &amp;type:</source>
        <translation>&amp;Jenis pesan:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="239"/>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="240"/>
        <source>What you &amp;observed:</source>
        <translation>Yang Anda &amp;amati:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="241"/>
        <source>Su&amp;ggested codes:</source>
        <translation>Kode yang &amp;disarankan:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="242"/>
        <source>Or pick &amp;another code:</source>
        <translation>Atau pilih kode la&amp;in:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="288"/>
        <source>{group} ({count} ticked)</source>
        <translation>{group} ({count} dicentang)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="313"/>
        <source>because: {reasons}</source>
        <translation>karena: {reasons}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="325"/>
        <source>Incident code: {label} ({code})</source>
        <translation>Kode insiden: {label} ({code})</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="292"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="292"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="292"/>
        <source>Incident</source>
        <translation>Insiden</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="292"/>
        <source>Severity</source>
        <translation>Keparahan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="292"/>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="293"/>
        <source>Summary / delivery</source>
        <translation>Ringkasan / pengiriman</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="344"/>
        <source>to {name}</source>
        <translation>kepada {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="362"/>
        <source>{summary} · seen by {count} partner(s)</source>
        <translation>{summary} · terlihat oleh {count} mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="372"/>
        <source>Acknowledged: {status} — {note}</source>
        <translation>Ditanggapi: {status} — {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="374"/>
        <source>Acknowledged: {status}</source>
        <translation>Ditanggapi: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="377"/>
        <source>Queued</source>
        <translation>Dalam antrean</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="379"/>
        <source>Sending</source>
        <translation>Sedang dikirim</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="381"/>
        <source>Relayed through {hub} at {time}; waiting for the receipt</source>
        <translation>Diteruskan melalui {hub} pada {time}; menunggu bukti penerimaan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="387"/>
        <source>Delivered {time} (receipt verified)</source>
        <translation>Terkirim {time} (bukti penerimaan terverifikasi)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="388"/>
        <source>Delivered {time} (stored in the TAXII collection)</source>
        <translation>Terkirim {time} (tersimpan di koleksi TAXII)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="390"/>
        <source>Failing: {reason}, next try {time}</source>
        <translation>Gagal: {reason}, percobaan berikutnya {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="396"/>
        <source>Given up: {reason}</source>
        <translation>Dihentikan: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_model.py" line="394"/>
        <source>Given up after {count} tries: {reason}</source>
        <translation>Dihentikan setelah {count} percobaan: {reason}</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="68"/>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="72"/>
        <source>Open the selected message</source>
        <translation>Buka pesan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="105"/>
        <source>Outbox: sent messages and their deliveries</source>
        <translation>Kotak keluar: pesan terkirim dan status pengirimannya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="66"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;inkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="70"/>
        <source>Op&amp;en...</source>
        <translation>B&amp;uka...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="75"/>
        <source>Send &amp;update...</source>
        <translation>Kirim &amp;pembaruan...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="77"/>
        <source>Send an update on the selected report&apos;s incident</source>
        <translation>Kirim pembaruan tentang insiden dari laporan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="80"/>
        <source>&amp;Final report...</source>
        <translation>Laporan &amp;akhir...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="82"/>
        <source>File the final report of the selected report&apos;s incident</source>
        <translation>Ajukan laporan akhir insiden dari laporan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="85"/>
        <source>E&amp;xport...</source>
        <translation>&amp;Ekspor...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="87"/>
        <source>Export reports</source>
        <translation>Ekspor laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="89"/>
        <source>Show pings &amp;and acknowledgements</source>
        <translation>Tampilkan ping &amp;dan tanda terima</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="91"/>
        <source>Show pings and acknowledgements</source>
        <translation>Tampilkan ping dan tanda terima</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="182"/>
        <source>{count} message(s)</source>
        <translation>{count} pesan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="185"/>
        <source>{count} report(s); {hidden} ping(s), acknowledgement(s) or relayed message(s) hidden</source>
        <translation>{count} laporan; {hidden} ping, tanda terima, atau pesan yang diteruskan disembunyikan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="246"/>
        <source>Every report in the &amp;outbox</source>
        <translation>Semua laporan di kotak &amp;keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="222"/>
        <source>Syncing...</source>
        <translation>Menyinkronkan...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/outbox_view.py" line="236"/>
        <source>Open message</source>
        <translation>Buka pesan</translation>
    </message>
</context>
<context>
    <name>PartnerDetails</name>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="149"/>
        <source>Partner</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="160"/>
        <source>The selected partner&apos;s record</source>
        <translation>Catatan mitra yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="167"/>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="169"/>
        <source>{n} s</source>
        <translation>{n} dtk</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="171"/>
        <source>{n} min</source>
        <translation>{n} mnt</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="173"/>
        <source>{h} h {m} min</source>
        <translation>{h} j {m} mnt</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="174"/>
        <source>{d} d {h} h</source>
        <translation>{d} hr {h} j</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="178"/>
        <source>nothing exchanged</source>
        <translation>belum ada pertukaran</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="180"/>
        <source>{ours}:{theirs} (ours:theirs)</source>
        <translation>{ours}:{theirs} (kita:mereka)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="188"/>
        <source>Technical</source>
        <translation>Teknis</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="188"/>
        <source>Diplomatic</source>
        <translation>Diplomatik</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="189"/>
        <source>Management</source>
        <translation>Manajemen</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="193"/>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="194"/>
        <source>{role}: {name}, {reach} {hours}</source>
        <translation>{role}: {name}, {reach} {hours}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="199"/>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="200"/>
        <source>Fingerprint verified: yes, {when}</source>
        <translation>Sidik jari terverifikasi: ya, {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="201"/>
        <source>Fingerprint verified: no</source>
        <translation>Sidik jari terverifikasi: belum</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="203"/>
        <source>{name} ({org}, {country})</source>
        <translation>{name} ({org}, {country})</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="206"/>
        <source>Reports sent: {sent}, received: {received}; share {share}</source>
        <translation>Laporan dikirim: {sent}, diterima: {received}; bagian {share}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="208"/>
        <source>Our reports acknowledged: {n} of {sent}; median {median}, 90% within {p90}</source>
        <translation>Laporan kita yang diberi tanda terima: {n} dari {sent}; median {median}, 90% dalam {p90}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="211"/>
        <source>Their reports reached us: median {median}, 90% within {p90}</source>
        <translation>Laporan mereka sampai kepada kita: median {median}, 90% dalam {p90}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="213"/>
        <source>Checks sent: {sent}, answered by a person: {answered}, overdue: {overdue}; median answer {median}</source>
        <translation>Pemeriksaan dikirim: {sent}, dijawab oleh orang: {answered}, terlambat: {overdue}; median jawaban {median}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="217"/>
        <source>Last heard from: {when}</source>
        <translation>Terakhir ada kabar: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="219"/>
        <source>People to contact</source>
        <translation>Orang yang dapat dihubungi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="222"/>
        <source>Their card lists nobody yet.</source>
        <translation>Kartu mereka belum mencantumkan siapa pun.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="228"/>
        <source>Select a partner to see its record and the people to contact.</source>
        <translation>Pilih mitra untuk melihat catatannya dan orang yang dapat dihubungi.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="239"/>
        <source>Partner scorecard</source>
        <translation>Kartu skor mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="237"/>
        <source>As recorded by {station}</source>
        <translation>Sebagaimana dicatat oleh {station}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="240"/>
        <source>Figures from this station&apos;s own outbox, inbox and audit log.</source>
        <translation>Angka dari kotak keluar, kotak masuk, dan log audit stasiun ini sendiri.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="239"/>
        <source>Partner scorecard: {name}</source>
        <translation>Kartu skor mitra: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="184"/>
        <source>Period: all time</source>
        <translation>Periode: sepanjang waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="185"/>
        <source>Period: since {day}</source>
        <translation>Periode: sejak {day}</translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="361"/>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="362"/>
        <source>Number on their card (if you know theirs from elsewhere, call that one): {name}, {phone} {hours}</source>
        <translation>Nomor pada kartu mereka (jika Anda tahu nomor mereka dari sumber lain, hubungi nomor itu): {name}, {phone} {hours}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="378"/>
        <source>Summary not saved</source>
        <translation>Ringkasan tidak disimpan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="380"/>
        <source>Summary saved to {path}</source>
        <translation>Ringkasan disimpan ke {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="382"/>
        <source>Save the partner&apos;s one-page summary</source>
        <translation>Simpan ringkasan satu halaman mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/partners.py" line="383"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="97"/>
        <source>Change passphrase</source>
        <translation>Ganti frasa sandi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="97"/>
        <source>The passphrase unlocks this station on this computer. Changing it does not change your keys: peers see nothing.</source>
        <translation>Frasa sandi membuka stasiun ini di komputer ini. Menggantinya tidak mengubah kunci Anda: mitra tidak melihat apa pun.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="104"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frasa sandi &amp;saat ini:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="105"/>
        <source>&amp;New passphrase:</source>
        <translation>Frasa sandi &amp;baru:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="106"/>
        <source>&amp;Repeat the new one:</source>
        <translation>&amp;Ulangi yang baru:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="112"/>
        <source>The two new passphrases differ. Type the new one again in both fields.</source>
        <translation>Kedua frasa sandi baru berbeda. Ketik lagi yang baru di kedua kolom.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="120"/>
        <source>Changing the passphrase...</source>
        <translation>Mengganti frasa sandi...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/desk_actions.py" line="124"/>
        <source>Passphrase changed. Use the new one at the next unlock.</source>
        <translation>Frasa sandi diganti. Gunakan yang baru saat membuka berikutnya.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="175"/>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="181"/>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="176"/>
        <source>It protects the station&apos;s keys and database. Nobody can recover it for you: several unrelated words are easy to remember and hard to guess.</source>
        <translation>Frasa sandi melindungi kunci dan basis data stasiun. Tidak seorang pun dapat memulihkannya untuk Anda: beberapa kata yang tidak saling berkaitan mudah diingat dan sulit ditebak.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="178"/>
        <source>&amp;Create station</source>
        <translation>&amp;Buat stasiun</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="179"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frasa sandi:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="180"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="182"/>
        <source>Repeat the passphrase</source>
        <translation>Ulangi frasa sandi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="183"/>
        <source>Creating the station</source>
        <translation>Membuat stasiun</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="192"/>
        <source>Too short: at least {count} characters.</source>
        <translation>Terlalu pendek: minimal {count} karakter.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="193"/>
        <source>Weak: a longer passphrase is safer.</source>
        <translation>Lemah: frasa sandi yang lebih panjang lebih aman.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="194"/>
        <source>Fair.</source>
        <translation>Cukup.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="195"/>
        <source>Strong.</source>
        <translation>Kuat.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="198"/>
        <source>The two passphrases differ.</source>
        <translation>Kedua frasa sandi tidak sama.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="203"/>
        <source>Creating the station&apos;s keys...</source>
        <translation>Membuat kunci stasiun...</translation>
    </message>
</context>
<context>
    <name>PeersView</name>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="91"/>
        <source>Name</source>
        <extracomment>a photo or scan of a card&apos;s QR code: the most of it that is read</extracomment>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="91"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="91"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="91"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="91"/>
        <source>Trust</source>
        <translation>Kepercayaan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="92"/>
        <source>Last contact</source>
        <translation>Kontak terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="92"/>
        <source>Last ping answer</source>
        <translation>Jawaban ping terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="92"/>
        <source>Endpoint health</source>
        <translation>Kondisi endpoint</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="93"/>
        <source>Reports out:in</source>
        <translation>Kirim:terima</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="93"/>
        <source>Checks answered</source>
        <translation>Cek dijawab</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="95"/>
        <source>Peers</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="113"/>
        <source>&amp;Add from contact card...</source>
        <translation>&amp;Tambah dari kartu kontak...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="113"/>
        <source>Add a peer from its contact card</source>
        <translation>Tambahkan mitra dari kartu kontaknya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="115"/>
        <source>&amp;Verify...</source>
        <translation>&amp;Verifikasi...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="115"/>
        <source>Verify the selected peer</source>
        <translation>Verifikasi mitra yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="116"/>
        <source>Add &amp;TAXII collection...</source>
        <translation>Tambah koleksi T&amp;AXII...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="116"/>
        <source>Add a TAXII collection</source>
        <translation>Tambahkan koleksi TAXII</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="118"/>
        <source>&amp;Export this station&apos;s card...</source>
        <translation>&amp;Ekspor kartu stasiun ini...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="119"/>
        <source>Export this station&apos;s contact card</source>
        <translation>Ekspor kartu kontak stasiun ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="120"/>
        <source>Ping the selected peer</source>
        <translation>Ping mitra yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="120"/>
        <source>Pi&amp;ng</source>
        <translation>&amp;Ping</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="121"/>
        <source>Show card as &amp;QR code...</source>
        <translation>Tampilkan kartu sebagai kode &amp;QR...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="121"/>
        <source>Show this station&apos;s card as a QR code</source>
        <translation>Tampilkan kartu stasiun ini sebagai kode QR</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="123"/>
        <source>&amp;Check this contact</source>
        <translation>Periksa kontak i&amp;ni</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="124"/>
        <source>Ask the selected partner&apos;s desk to confirm a person is there</source>
        <translation>Minta meja mitra yang dipilih memastikan ada orang di sana</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="126"/>
        <source>Print s&amp;ummary (PDF)...</source>
        <translation>Cetak ringkasan (P&amp;DF)...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="127"/>
        <source>Save the selected partner&apos;s one-page summary</source>
        <translation>Simpan ringkasan satu halaman mitra yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="128"/>
        <source>People on our car&amp;d...</source>
        <translation>&amp;Orang pada kartu kita...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="129"/>
        <source>Edit the people on this station&apos;s card</source>
        <translation>Ubah orang pada kartu stasiun ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="132"/>
        <source>Answer queued; it goes with the next sync.</source>
        <translation>Jawaban diantrekan; dikirim pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="136"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="201"/>
        <source>{answered} of {sent}</source>
        <translation>{answered} dari {sent}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="214"/>
        <source>The peers could not be listed: {reason}</source>
        <translation>Daftar mitra tidak dapat ditampilkan: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="234"/>
        <source>TAXII</source>
        <translation>TAXII</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="234"/>
        <source>Siaga</source>
        <translation>Siaga</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="251"/>
        <source>✔ Verified</source>
        <translation>✔ Terverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="251"/>
        <source>✖ Revoked</source>
        <translation>✖ Dicabut</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="251"/>
        <source>Unverified</source>
        <translation>Belum terverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="256"/>
        <source>Never</source>
        <translation>Belum pernah</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="263"/>
        <source>Through {hub}. </source>
        <translation>Melalui {hub}. </translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="271"/>
        <source>Failed {when}: {error}</source>
        <translation>Gagal {when}: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="276"/>
        <source>Reachable</source>
        <translation>Dapat dijangkau</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="277"/>
        <source>Not tried yet</source>
        <translation>Belum dicoba</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="313"/>
        <source>Contact card of the new peer</source>
        <translation>Kartu kontak mitra baru</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="314"/>
        <source>Contact cards or photos of their QR code (*.card *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Kartu kontak atau foto kode QR-nya (*.card *.png *.jpg *.jpeg);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="391"/>
        <source>Contact cards (*.card);;All files (*)</source>
        <translation>Kartu kontak (*.card);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="330"/>
        <source>Added {name} ({org}) as unverified. Compare fingerprints with them: choose Verify...</source>
        <translation>{name} ({org}) ditambahkan sebagai belum terverifikasi. Bandingkan sidik jari dengan mereka: pilih Verifikasi...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="346"/>
        <source>Added the TAXII collection {name}; reports reach it as STIX 2.1.</source>
        <translation>Koleksi TAXII {name} ditambahkan; laporan dikirim ke sana sebagai STIX 2.1.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="358"/>
        <source>Cannot verify</source>
        <translation>Tidak dapat memverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="370"/>
        <source>{name} is now verified.</source>
        <translation>{name} kini terverifikasi.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="374"/>
        <source>Not verified</source>
        <translation>Tidak terverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="377"/>
        <source>{name} stays unverified. Do not send it anything marked TLP:RED or TLP:AMBER+STRICT. Get its contact card again by a channel you trust, and compare again.</source>
        <translation>{name} tetap belum terverifikasi. Jangan kirimkan apa pun yang berlabel TLP:RED atau TLP:AMBER+STRICT kepadanya. Dapatkan kembali kartu kontaknya melalui saluran yang Anda percayai, lalu bandingkan lagi.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="381"/>
        <source>Fingerprints differ</source>
        <translation>Sidik jari berbeda</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="390"/>
        <source>Save this station&apos;s contact card</source>
        <translation>Simpan kartu kontak stasiun ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="397"/>
        <source>Contact card saved to {path}</source>
        <translation>Kartu kontak disimpan ke {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="398"/>
        <source>Contact card not saved</source>
        <translation>Kartu kontak tidak disimpan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="411"/>
        <source>Cannot show the card</source>
        <translation>Kartu tidak dapat ditampilkan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="421"/>
        <source>Ping queued for {name}. Its answer shows under &quot;Last ping answer&quot; after the next sync.</source>
        <translation>Ping untuk {name} diantrekan. Jawabannya tampil di &quot;Jawaban ping terakhir&quot; setelah sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="428"/>
        <source>Ping not sent</source>
        <translation>Ping tidak terkirim</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="440"/>
        <source>Check sent to {name}. A person there must answer it; unanswered after {hours} h it shows as overdue.</source>
        <translation>Pemeriksaan dikirim ke {name}. Seseorang di sana harus menjawabnya; bila belum dijawab setelah {hours} jam, pemeriksaan ditandai terlambat.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="448"/>
        <source>Check not sent</source>
        <translation>Pemeriksaan tidak dikirim</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="455"/>
        <source>Cannot edit the people on the card</source>
        <translation>Orang pada kartu tidak dapat diubah</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="461"/>
        <source>{n} person(s) on your card. Partners get the new card with the next sync.</source>
        <translation>{n} orang pada kartu Anda. Mitra menerima kartu baru pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peers_view.py" line="269"/>
        <source>Refuses ({when}): {error}</source>
        <translation>Menolak ({when}): {error}</translation>
    </message>
</context>
<context>
    <name>PeriodChoice</name>
    <message>
        <location filename="../../desktop/siaga/gui/period_choice.py" line="26"/>
        <source>Period the partners&apos; figures are counted over</source>
        <translation>Periode penghitungan angka mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/period_choice.py" line="27"/>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/period_choice.py" line="27"/>
        <source>Last 90 days</source>
        <translation>90 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/period_choice.py" line="28"/>
        <source>Last year</source>
        <translation>Setahun terakhir</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/period_choice.py" line="28"/>
        <source>All time</source>
        <translation>Sepanjang waktu</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/period_choice.py" line="29"/>
        <source>From a date...</source>
        <translation>Sejak tanggal...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/period_choice.py" line="34"/>
        <source>First day of the period</source>
        <translation>Hari pertama periode</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/period_choice.py" line="38"/>
        <source>Figures &amp;for:</source>
        <translation>Angka &amp;untuk:</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <location filename="../../desktop/siaga/gui/places.py" line="40"/>
        <source>Inbox</source>
        <translation>Kotak masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/places.py" line="41"/>
        <source>Outbox</source>
        <translation>Kotak keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/places.py" line="42"/>
        <source>Incidents</source>
        <translation>Insiden</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/places.py" line="43"/>
        <source>Drafts</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/places.py" line="44"/>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/places.py" line="45"/>
        <source>Peers</source>
        <translation>Mitra</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="306"/>
        <source>&amp;Finish</source>
        <translation>S&amp;elesai</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="307"/>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="308"/>
        <source>Commit</source>
        <translation>Terapkan</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../../desktop/siaga/gui/reading.py" line="68"/>
        <source>Reports in</source>
        <extracomment>the language reports now read in (a code of LANGUAGES) the chosen language, &quot;&quot; while reports follow the interface (or before the station answered)</extracomment>
        <translation>Bahasa laporan</translation>
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
        <source>no column {value} here (its columns: {columns})</source>
        <translation>tidak ada kolom {value} di sini (kolomnya: {columns})</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="68"/>
        <source>the {value} column is always shown</source>
        <translation>kolom {value} selalu ditampilkan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="69"/>
        <source>a bilateral report names one partner country</source>
        <translation>laporan bilateral menyebut satu negara mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="70"/>
        <source>a regional report names the region or its countries</source>
        <translation>laporan regional menyebut kawasan atau negara-negaranya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="72"/>
        <source>this incident was started by another station: only its author can file updates to it; acknowledge it, or file a new report</source>
        <translation>insiden ini dimulai oleh stasiun lain: hanya pembuatnya yang dapat mengirim pembaruan; kirim tanda terima, atau buat laporan baru</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="75"/>
        <source>this incident is closed by its final report: file a new report for anything that happens next</source>
        <translation>insiden ini sudah ditutup dengan laporan akhirnya: buat laporan baru untuk kejadian berikutnya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="78"/>
        <source>a report that continues an incident is an update or a final report (or a request for assistance)</source>
        <translation>laporan yang melanjutkan insiden adalah pembaruan atau laporan akhir (atau permintaan bantuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="85"/>
        <source>the report has not been built for review</source>
        <translation>laporan belum disusun untuk ditinjau</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="86"/>
        <source>the answers changed since the report was built for review</source>
        <translation>jawaban berubah sejak laporan disusun untuk ditinjau</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="87"/>
        <source>the passphrase needs at least {limit} characters</source>
        <translation>frasa sandi perlu paling sedikit {limit} karakter</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="88"/>
        <source>{value} is not an http:// or https:// address</source>
        <translation>{value} bukan alamat http:// atau https://</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="89"/>
        <source>line {line}: {problem}</source>
        <translation>baris {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="90"/>
        <source>cannot tell what kind of indicator this is; start the line with its type ({types})</source>
        <translation>jenis indikator ini tidak dapat dikenali; awali baris dengan jenisnya ({types})</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="92"/>
        <source>unknown indicator type {kind}</source>
        <translation>jenis indikator {kind} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="93"/>
        <source>empty value</source>
        <translation>nilai kosong</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="94"/>
        <source>a domain name needs at least two labels</source>
        <translation>nama domain perlu paling sedikit dua label</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="95"/>
        <source>not a valid domain name</source>
        <translation>bukan nama domain yang sah</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="96"/>
        <source>the label {label} is not valid</source>
        <translation>label {label} tidak sah</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="97"/>
        <source>the top-level label cannot be a number</source>
        <translation>label tingkat teratas tidak boleh berupa angka</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="98"/>
        <source>expected a URL starting with http://, https:// or ftp://</source>
        <translation>URL harus diawali http://, https://, atau ftp://</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="99"/>
        <source>the URL has no host</source>
        <translation>URL tidak memiliki host</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="100"/>
        <source>the address has an invalid port</source>
        <translation>alamat memiliki port yang tidak sah</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="101"/>
        <source>a URL cannot contain spaces</source>
        <translation>URL tidak boleh mengandung spasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="102"/>
        <source>square brackets in a URL enclose an IPv6 address; write a defanged dot as [.]</source>
        <translation>tanda kurung siku dalam URL mengapit alamat IPv6; tulis titik yang dijinakkan sebagai [.]</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="104"/>
        <source>not a valid e-mail address</source>
        <translation>bukan alamat surel yang sah</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="105"/>
        <source>not a valid IP address</source>
        <translation>bukan alamat IP yang sah</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="106"/>
        <source>a network is written with its first address (the host bits are zero)</source>
        <translation>jaringan ditulis dengan alamat pertamanya (bit host bernilai nol)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="108"/>
        <source>a {kind} hash is {length} hexadecimal characters</source>
        <translation>hash {kind} terdiri dari {length} karakter heksadesimal</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="109"/>
        <source>no peer for this report&apos;s scope yet; add a peer&apos;s contact card</source>
        <translation>belum ada mitra untuk cakupan laporan ini; tambahkan kartu kontak mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="111"/>
        <source>no verified peer for this report&apos;s scope yet; compare a peer&apos;s fingerprint digits</source>
        <translation>belum ada mitra terverifikasi untuk cakupan laporan ini; bandingkan angka sidik jari mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="114"/>
        <source>no peer in {countries} yet; add a peer&apos;s contact card, or choose another country</source>
        <translation>belum ada mitra di {countries}; tambahkan kartu kontak mitra, atau pilih negara lain</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="116"/>
        <source>no verified peer in {countries} yet; compare a peer&apos;s fingerprint digits</source>
        <translation>belum ada mitra terverifikasi di {countries}; bandingkan angka sidik jari mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="118"/>
        <source>these peers&apos; keys were revoked: {peers}</source>
        <translation>kunci mitra berikut telah dicabut: {peers}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="119"/>
        <source>{tlp} goes only to verified peers; not verified: {peers}</source>
        <translation>{tlp} hanya dikirim ke mitra terverifikasi; belum terverifikasi: {peers}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="121"/>
        <source>name at least one peer</source>
        <translation>sebutkan paling sedikit satu mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="122"/>
        <source>the keys of {peer} were revoked</source>
        <translation>kunci {peer} telah dicabut</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="123"/>
        <source>the author already has it</source>
        <translation>penulisnya sudah memilikinya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="124"/>
        <source>TLP:RED is for its named recipients only; it cannot be forwarded</source>
        <translation>TLP:RED hanya untuk penerima yang disebutkan; tidak dapat diteruskan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="126"/>
        <source>TLP:AMBER+STRICT stays inside this organisation; it cannot be forwarded</source>
        <translation>TLP:AMBER+STRICT tetap di dalam organisasi ini; tidak dapat diteruskan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="128"/>
        <source>TLP:AMBER may go only to this organisation&apos;s clients (peers in {country}); ask the author before sharing wider</source>
        <translation>TLP:AMBER hanya boleh diteruskan ke klien organisasi ini (mitra di {country}); tanyakan kepada penulis sebelum membagikannya lebih luas</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="131"/>
        <source>unknown handling label {tlp}; not forwarded</source>
        <translation>label penanganan {tlp} tidak dikenal; tidak diteruskan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="132"/>
        <source>an external (STIX) report has no Siaga signature to pass on; export it instead</source>
        <translation>laporan eksternal (STIX) tidak memiliki tanda tangan Siaga untuk diteruskan; ekspor laporan itu saja</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="134"/>
        <source>only reports can be forwarded</source>
        <translation>hanya laporan yang dapat diteruskan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="135"/>
        <source>not forwarded: {refused}</source>
        <translation>tidak diteruskan: {refused}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="137"/>
        <source>larger than {size}</source>
        <translation>lebih besar dari {size}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="138"/>
        <source>not valid JSON</source>
        <translation>bukan JSON yang sah</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="139"/>
        <source>nested too deeply</source>
        <translation>bertingkat terlalu dalam</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="140"/>
        <source>some of its fields are missing or malformed</source>
        <translation>sebagian isinya hilang atau rusak</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="141"/>
        <source>the signature does not match (altered or forged)</source>
        <translation>tanda tangannya tidak cocok (diubah atau dipalsukan)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="142"/>
        <source>not a Siaga contact card</source>
        <translation>bukan kartu kontak Siaga</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="143"/>
        <source>a name or organisation must be 1 to {limit} characters</source>
        <translation>nama atau organisasi harus 1 sampai {limit} karakter</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="144"/>
        <source>not a Siaga bundle</source>
        <translation>bukan bundel Siaga</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="145"/>
        <source>not addressed to this station, or damaged</source>
        <translation>tidak ditujukan ke stasiun ini, atau rusak</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="146"/>
        <source>expands beyond the size limit</source>
        <translation>melebihi batas ukuran setelah dibuka</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="147"/>
        <source>damaged (cannot decompress)</source>
        <translation>rusak (tidak dapat dibuka)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="148"/>
        <source>truncated</source>
        <translation>terpotong</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="149"/>
        <source>unsupported bundle version</source>
        <translation>versi bundel tidak didukung</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="150"/>
        <source>addressed to another station</source>
        <translation>ditujukan ke stasiun lain</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="152"/>
        <source>the check character does not match: a character was misread or mistyped; read the line back to the sender</source>
        <translation>karakter pemeriksa tidak cocok: ada karakter yang salah dibaca atau salah ketik; bacakan kembali baris itu kepada pengirim</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="155"/>
        <source>this line has no tag: it is not addressed to anyone</source>
        <translation>baris ini tidak bertanda: tidak ditujukan kepada siapa pun</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="157"/>
        <source>this line is addressed to another station; ask the sender to write it for this station</source>
        <translation>baris ini ditujukan kepada stasiun lain; minta pengirim menuliskannya untuk stasiun ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="159"/>
        <source>the tag does not match any peer: the line was altered, forged or its sender is unknown; confirm it with the sender by another channel</source>
        <translation>tanda tidak cocok dengan mitra mana pun: baris itu diubah, dipalsukan, atau pengirimnya tidak dikenal; pastikan dengan pengirim melalui saluran lain</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="162"/>
        <source>only a report&apos;s code line can be filed in the inbox</source>
        <translation>hanya baris kode sebuah laporan yang dapat disimpan di kotak masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="190"/>
        <source>no QR code was found in the picture; take a sharper, closer photo of the whole code</source>
        <translation>tidak ada kode QR dalam gambar; ambil foto seluruh kode yang lebih tajam dan lebih dekat</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="192"/>
        <source>the QR code is not a Siaga contact card</source>
        <translation>kode QR ini bukan kartu kontak Siaga</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="194"/>
        <source>the file is not a picture this program can open (use PNG or JPEG)</source>
        <translation>berkas ini bukan gambar yang dapat dibuka program ini (gunakan PNG atau JPEG)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="196"/>
        <source>expired {when}</source>
        <translation>kedaluwarsa sejak {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="197"/>
        <source>made in the future (check this computer&apos;s clock)</source>
        <translation>dibuat di masa depan (periksa jam komputer ini)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="198"/>
        <source>from a station that is not in this directory</source>
        <translation>dari stasiun yang tidak ada di direktori ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="199"/>
        <source>from a peer whose keys were revoked</source>
        <translation>dari mitra yang kuncinya telah dicabut</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="200"/>
        <source>not a STIX bundle</source>
        <translation>bukan bundel STIX</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="201"/>
        <source>incident {id} lacks a name or created time</source>
        <translation>insiden {id} tidak memiliki nama atau waktu pembuatan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="202"/>
        <source>it holds no incident, grouping, report, indicator or sighting objects</source>
        <translation>berkas tidak memuat objek incident, grouping, report, indicator, atau sighting</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="204"/>
        <source>contains control characters or text-direction marks ({char})</source>
        <translation>berisi karakter kendali atau tanda arah teks ({char})</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="206"/>
        <source>{field} {problem}</source>
        <translation>{field} {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="207"/>
        <source>expected text</source>
        <translation>seharusnya berupa teks</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="208"/>
        <source>expected an object</source>
        <translation>seharusnya berupa objek</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="209"/>
        <source>expected a list</source>
        <translation>seharusnya berupa daftar</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="210"/>
        <source>{value} is not a STIX timestamp</source>
        <translation>{value} bukan stempel waktu STIX</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="211"/>
        <source>holds a number or text that JSON cannot keep exactly</source>
        <translation>berisi angka atau teks yang tidak dapat disimpan JSON dengan tepat</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="212"/>
        <source>{where} {field}: {problem}</source>
        <translation>{where} {field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="213"/>
        <source>report {id} has {value}, not a date and time; leave it out of the export</source>
        <translation>laporan {id} berisi {value}, bukan tanggal dan waktu; jangan sertakan dalam ekspor</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="216"/>
        <source>only a report can be sighted</source>
        <translation>hanya laporan yang dapat ditandai terlihat juga</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="217"/>
        <source>the report holds no indicator {value}; choose among its indicators</source>
        <translation>laporan tidak memuat indikator {value}; pilih di antara indikatornya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="225"/>
        <source>no incident it can take; {count} object(s) refused, first {first}</source>
        <translation>tidak ada insiden yang dapat diambil; {count} objek ditolak, yang pertama {first}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="228"/>
        <source>unknown field(s): {fields}</source>
        <translation>isian tidak dikenal: {fields}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="229"/>
        <source>expected true or false</source>
        <translation>seharusnya true atau false</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="230"/>
        <source>unknown role {value} (one of: {choices})</source>
        <translation>peran tidak dikenal {value} (salah satu dari: {choices})</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="231"/>
        <source>{value} is not a phone number (use digits, spaces and + ( ) - .)</source>
        <translation>{value} bukan nomor telepon (gunakan angka, spasi, dan + ( ) - .)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="233"/>
        <source>{value} is not an e-mail address</source>
        <translation>{value} bukan alamat surel</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="234"/>
        <source>{value} is not a time zone (such as Asia/Jakarta or UTC+07:00)</source>
        <translation>{value} bukan zona waktu (seperti Asia/Jakarta atau UTC+07:00)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="236"/>
        <source>working hours need their time zone</source>
        <translation>jam kerja memerlukan zona waktunya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="237"/>
        <source>give a phone number or an e-mail address</source>
        <translation>berikan nomor telepon atau alamat surel</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="238"/>
        <source>more than {limit} contacts</source>
        <translation>lebih dari {limit} kontak</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="239"/>
        <source>the contacts were changed after the card was signed (ask the station for its card again)</source>
        <translation>kontak diubah setelah kartu ditandatangani (minta kartu stasiun itu sekali lagi)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="241"/>
        <source>contacts: {problem}</source>
        <translation>kontak: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="242"/>
        <source>a TAXII collection has no desk to answer a check</source>
        <translation>koleksi TAXII tidak memiliki meja untuk menjawab pemeriksaan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="243"/>
        <source>this peer revoked its keys; it cannot be checked</source>
        <translation>mitra ini telah mencabut kuncinya; tidak dapat diperiksa</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="244"/>
        <source>that message is not a communication check</source>
        <translation>pesan itu bukan pemeriksaan komunikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="245"/>
        <source>this check was already answered by {by}</source>
        <translation>pemeriksaan ini sudah dijawab oleh {by}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="246"/>
        <source>the station that sent this check is no longer a peer</source>
        <translation>stasiun yang mengirim pemeriksaan ini bukan lagi mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="248"/>
        <source>a TAXII collection has no scorecard</source>
        <translation>koleksi TAXII tidak memiliki kartu skor</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="249"/>
        <source>the peer does not know this station yet: give them this station&apos;s contact card</source>
        <translation>mitra belum mengenal stasiun ini: berikan kartu kontak stasiun ini kepada mereka</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="251"/>
        <source>the peer refused the messages (HTTP {status}): {detail}</source>
        <translation>mitra menolak pesan (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="252"/>
        <source>the peer&apos;s endpoint failed (HTTP {status}); it will be tried again later</source>
        <translation>titik akhir mitra gagal (HTTP {status}); pengiriman akan dicoba lagi nanti</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="254"/>
        <source>connection refused at {url}: is the peer&apos;s Siaga running? It will be tried again</source>
        <translation>sambungan ditolak di {url}: apakah Siaga milik mitra sedang berjalan? Pengiriman akan dicoba lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="256"/>
        <source>no answer from {url} in time: the link may be slow or down; it will be tried again</source>
        <translation>tidak ada jawaban dari {url} tepat waktu: jaringan mungkin lambat atau terputus; pengiriman akan dicoba lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="258"/>
        <source>cannot reach {url} ({detail}): check this computer&apos;s network; it will be tried again</source>
        <translation>tidak dapat menjangkau {url} ({detail}): periksa jaringan komputer ini; pengiriman akan dicoba lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="260"/>
        <source>it is no longer in the inbox</source>
        <translation>pesan itu sudah tidak ada di kotak masuk</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="261"/>
        <source>a report read from a partner&apos;s file has no Siaga author to acknowledge to</source>
        <translation>laporan yang dibaca dari berkas mitra tidak memiliki penulis Siaga untuk diberi tanda terima</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="263"/>
        <source>its author is no longer a peer, so it cannot be acknowledged</source>
        <translation>penulisnya bukan lagi mitra, jadi tanda terima tidak dapat dikirim</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="265"/>
        <source>{message}: {problem}. Nothing was acknowledged; leave it out of the selection and try again</source>
        <translation>{message}: {problem}. Tidak ada tanda terima yang dikirim; keluarkan pesan itu dari pilihan lalu coba lagi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="81"/>
        <source>unknown reporting clock {value} (one of: {choices})</source>
        <translation>jam pelaporan {value} tidak dikenal (salah satu dari: {choices})</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="82"/>
        <source>an incident keeps the reporting clock its first report named ({profile}): leave the clock out of an update</source>
        <translation>insiden tetap memakai jam pelaporan yang disebut laporan pertamanya ({profile}): jangan cantumkan jam pada pembaruan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="219"/>
        <source>this incident is this station&apos;s own: a sighting tells another station that its incident was seen here too</source>
        <translation>insiden ini milik stasiun ini sendiri: tanda &quot;terlihat juga di sini&quot; memberi tahu stasiun lain bahwa insidennya juga terlihat di sini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="222"/>
        <source>the first report of this incident has not arrived yet: send the sighting for the report itself, without the incident</source>
        <translation>laporan pertama insiden ini belum tiba: kirim tanda terlihat juga untuk laporan itu sendiri, tanpa insidennya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="164"/>
        <source>the line is empty; type the code line as it was read out or sent</source>
        <translation>barisnya kosong; ketik baris kode seperti yang dibacakan atau dikirim</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="166"/>
        <source>it is longer than {limit} characters, so it is not one code line; type one line only</source>
        <translation>panjangnya lebih dari {limit} karakter, jadi bukan satu baris kode; ketik satu baris saja</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="168"/>
        <source>only letters, digits, spaces, &apos;.&apos;, &apos;+&apos; and &apos;-&apos; appear in a code line; check the line for other signs and type it again</source>
        <translation>baris kode hanya berisi huruf, angka, spasi, &apos;.&apos;, &apos;+&apos; dan &apos;-&apos;; periksa apakah ada tanda lain, lalu ketik ulang</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="171"/>
        <source>a code line starts with {marker} and has at least five groups; check the start of the line</source>
        <translation>baris kode diawali {marker} dan berisi sedikitnya lima kelompok; periksa awal baris</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="173"/>
        <source>the codebook version {value} is not known here; check that group, or update Siaga if the sender uses a newer codebook</source>
        <translation>versi buku kode {value} tidak dikenal di sini; periksa kelompok itu, atau perbarui Siaga jika pengirim memakai buku kode yang lebih baru</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="176"/>
        <source>the line has {got} groups where {expected} are expected: a group may be missing, or two may run together; read the line back to the sender</source>
        <translation>baris ini berisi {got} kelompok, padahal seharusnya {expected}: mungkin ada kelompok yang hilang atau dua kelompok tergabung; bacakan kembali baris itu kepada pengirim</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="179"/>
        <source>{value} is not a date and time written YYMMDDhhmmZ (for example 2611241830Z); check that group</source>
        <translation>{value} bukan tanggal dan waktu berformat YYMMDDhhmmZ (misalnya 2611241830Z); periksa kelompok itu</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="182"/>
        <source>a group starting {expected} was expected, not {value}; check that group</source>
        <translation>seharusnya ada kelompok yang diawali {expected}, bukan {value}; periksa kelompok itu</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="184"/>
        <source>the group {value} is not in the codebook; check it against what was read out</source>
        <translation>kelompok {value} tidak ada di buku kode; cocokkan dengan yang dibacakan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/errors.py" line="186"/>
        <source>the last group before the check character (the message&apos;s reference) has {limit} characters; check it</source>
        <translation>kelompok terakhir sebelum karakter pemeriksa (rujukan pesan) berisi {limit} karakter; periksa kelompok itu</translation>
    </message>
</context>
<context>
    <name>ReportDetail</name>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="70"/>
        <source>Report</source>
        <extracomment>the language report contents render in (&quot;&quot;: the interface&apos;s)</extracomment>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="115"/>
        <source>Could not be verified: {reason}</source>
        <translation>Tidak dapat diverifikasi: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="130"/>
        <source>Received {time}; status here: {status}</source>
        <translation>Tiba {time}; status di sini: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="132"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="172"/>
        <source>External report (STIX import), unsigned</source>
        <translation>Laporan eksternal (impor STIX), tanpa tanda tangan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="175"/>
        <source>Received as a code line, authenticated by {name}; only its coded fields until the signed report arrives</source>
        <translation>Diterima sebagai baris kode, diautentikasi oleh {name}; hanya kolom berkodenya sampai laporan yang ditandatangani tiba</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="179"/>
        <source>Received as a code line, NOT authenticated: anyone could have written it</source>
        <translation>Diterima sebagai baris kode, TIDAK diautentikasi: siapa pun bisa menulisnya</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="184"/>
        <source>Could not be verified: the signature was not checked</source>
        <translation>Tidak dapat diverifikasi: tanda tangan tidak diperiksa</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="187"/>
        <source>Verified peer — signed by {name} ({org}, {country})</source>
        <translation>Mitra terverifikasi — ditandatangani oleh {name} ({org}, {country})</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="190"/>
        <source>Peer revoked its keys; do not rely on it — signed by {name}</source>
        <translation>Mitra telah mencabut kuncinya; jangan mengandalkannya — ditandatangani oleh {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="193"/>
        <source>Peer NOT verified: compare fingerprints — signed by {name}</source>
        <translation>Mitra BELUM terverifikasi: bandingkan sidik jari — ditandatangani oleh {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_detail.py" line="195"/>
        <source>Author not in the directory — signed by {name}</source>
        <translation>Penulis tidak ada di direktori — ditandatangani oleh {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/thread_view.py" line="44"/>
        <source>This station</source>
        <translation>Stasiun ini</translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="803"/>
        <source>File a report</source>
        <translation>Buat laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="804"/>
        <source>&amp;Sign and queue</source>
        <translation>&amp;Tanda tangani dan antrekan</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="700"/>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="701"/>
        <source>This is what the receivers will read. Go back to change anything.</source>
        <translation>Inilah yang akan dibaca penerima. Kembali untuk mengubah apa pun.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="704"/>
        <source>Language of the review</source>
        <translation>Bahasa tinjauan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="710"/>
        <source>The report as the receiver sees it</source>
        <translation>Laporan sebagaimana dilihat penerima</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="713"/>
        <source>Code line</source>
        <translation>Baris kode</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="721"/>
        <source>Show &amp;in:</source>
        <translation>Tampilkan &amp;dalam:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="723"/>
        <source>&amp;Report:</source>
        <translation>&amp;Laporan:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="729"/>
        <source>Recipients</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="732"/>
        <source>Code &amp;line (for phone, radio or SMS):</source>
        <translation>&amp;Baris kode (untuk telepon, radio, atau SMS):</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="763"/>
        <source>{sentence}: this may be a shared threat.</source>
        <translation>{sentence}: ini mungkin ancaman bersama.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="781"/>
        <source>Goes to: {names}</source>
        <translation>Dikirim ke: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/report_wizard.py" line="706"/>
        <source>draft translation</source>
        <translation>terjemahan draf</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="64"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="77"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="77"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="93"/>
        <source>As the desktop</source>
        <translation>Mengikuti desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="93"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="94"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="97"/>
        <source>&amp;Appearance:</source>
        <translation>T&amp;ampilan:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="97"/>
        <source>Appearance</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="101"/>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="102"/>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="104"/>
        <source>Lock when &amp;idle for:</source>
        <translation>&amp;Kunci bila tidak aktif selama:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="104"/>
        <source>Lock when idle for, in minutes</source>
        <translation>Kunci bila tidak aktif selama, dalam menit</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="108"/>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="110"/>
        <source>&amp;Sync every:</source>
        <translation>&amp;Sinkronkan setiap:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="110"/>
        <source>Sync every, in seconds</source>
        <translation>Sinkronkan setiap, dalam detik</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="114"/>
        <source> h</source>
        <translation> jam</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="116"/>
        <source>A check unanswered after this is o&amp;verdue:</source>
        <translation>Pemeriksaan yang belum &amp;dijawab setelah ini terlambat:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="117"/>
        <source>Hours after which an unanswered communication check is overdue</source>
        <translation>Jam setelah pemeriksaan komunikasi yang belum dijawab dianggap terlambat</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="119"/>
        <source>&amp;Receive messages from peers (run this station&apos;s endpoint)</source>
        <translation>&amp;Terima pesan dari mitra (jalankan endpoint stasiun ini)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="120"/>
        <source>Receive messages from peers</source>
        <translation>Terima pesan dari mitra</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="124"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="124"/>
        <source>Endpoint host</source>
        <translation>Host endpoint</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="128"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="128"/>
        <source>Endpoint port</source>
        <translation>Port endpoint</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="137"/>
        <source>e.g. https://siaga.csirt.example:8443</source>
        <translation>mis. https://siaga.csirt.example:8443</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="138"/>
        <source>Endpoint &amp;URL on your contact card:</source>
        <translation>&amp;URL endpoint pada kartu kontak Anda:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="138"/>
        <source>Endpoint URL on your contact card</source>
        <translation>URL endpoint pada kartu kontak Anda</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="139"/>
        <source>P&amp;eople on your contact card...</source>
        <translation>&amp;Orang pada kartu kontak Anda...</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="140"/>
        <source>Edit the people on your contact card</source>
        <translation>Ubah orang pada kartu kontak Anda</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="83"/>
        <source>draft translation</source>
        <translation>terjemahan draf</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="84"/>
        <source>As the interface</source>
        <translation>Sama dengan antarmuka</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="86"/>
        <source>Rep&amp;orts in:</source>
        <translation>Bahasa &amp;laporan:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="86"/>
        <source>Language reports are read in</source>
        <translation>Bahasa untuk membaca laporan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="87"/>
        <source>Codes, severity, TLP meanings, countries and dates of every report are shown in this language. What people wrote stays as they wrote it.</source>
        <translation>Kode, tingkat keparahan, arti TLP, negara, dan tanggal setiap laporan ditampilkan dalam bahasa ini. Apa yang ditulis orang tetap seperti yang mereka tulis.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="146"/>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="150"/>
        <source>Reports from different countries that share an indicator, or an incident code in a sector, are shown as one shared threat when seen within this many days of each other</source>
        <translation>Laporan dari negara berbeda yang memiliki indikator yang sama, atau kode insiden yang sama dalam satu sektor, ditampilkan sebagai satu ancaman bersama bila terlihat dalam rentang hari ini satu sama lain</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="152"/>
        <source>Link reports seen &amp;within:</source>
        <translation>Kaitkan laporan yang terlihat dala&amp;m:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/settings_dialog.py" line="153"/>
        <source>Days within which reports sharing an indicator are linked</source>
        <translation>Jumlah hari di mana laporan dengan indikator yang sama dikaitkan</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="303"/>
        <source>Set up Siaga</source>
        <translation>Siapkan Siaga</translation>
    </message>
</context>
<context>
    <name>SightingDialog</name>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="91"/>
        <source>Seen here too</source>
        <translation>Terlihat juga di sini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="93"/>
        <source>Tell the author that this was seen here too. Tick the indicators seen here (none ticked: the whole report).</source>
        <translation>Beri tahu penulis bahwa ini juga terlihat di sini. Centang indikator yang terlihat di sini (tanpa centang: seluruh laporan).</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="104"/>
        <source>Indicators seen here</source>
        <translation>Indikator yang terlihat di sini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="109"/>
        <source>How many times</source>
        <translation>Berapa kali</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="111"/>
        <source>How many &amp;times:</source>
        <translation>Berapa &amp;kali:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="115"/>
        <source>&amp;Send</source>
        <translation>&amp;Kirim</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="116"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="96"/>
        <source>About the &amp;whole incident ({count} reports: the first and its updates)</source>
        <translation>Tentang &amp;seluruh insiden ({count} laporan: laporan pertama dan pembaruannya)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/correlation_view.py" line="99"/>
        <source>A sighting of the whole incident</source>
        <translation>Terlihat juga: seluruh insiden</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="112"/>
        <source>Your station</source>
        <translation>Stasiun Anda</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="113"/>
        <source>Partners see these on your contact card.</source>
        <translation>Mitra melihat data ini pada kartu kontak Anda.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="118"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="118"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasi:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="118"/>
        <source>&amp;Country:</source>
        <translation>Ne&amp;gara:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="118"/>
        <source>Station na&amp;me:</source>
        <translation>&amp;Nama stasiun:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="121"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="122"/>
        <source>Station name</source>
        <translation>Nama stasiun</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="123"/>
        <source>e.g. ID-CSIRT duty desk</source>
        <translation>mis. meja piket ID-CSIRT</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="124"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="125"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="126"/>
        <source>Type to search</source>
        <translation>Ketik untuk mencari</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/setup_wizard.py" line="115"/>
        <source>A station is your desk&apos;s Siaga on this computer: its name, its own keys, and the reports it sends and receives, kept encrypted. Each partner desk has its own station. Reports go from station to station, signed and encrypted, so only the partners you choose can read them.</source>
        <translation>Stasiun adalah Siaga milik meja Anda di komputer ini: namanya, kuncinya sendiri, dan laporan yang dikirim dan diterimanya, tersimpan terenkripsi. Setiap meja mitra memiliki stasiunnya sendiri. Laporan berpindah dari stasiun ke stasiun, ditandatangani dan dienkripsi, sehingga hanya mitra yang Anda pilih yang dapat membacanya.</translation>
    </message>
</context>
<context>
    <name>TaxiiDialog</name>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="206"/>
        <source>Add a TAXII collection</source>
        <translation>Tambahkan koleksi TAXII</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="209"/>
        <source>Collection &amp;URL:</source>
        <translation>&amp;URL koleksi:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="209"/>
        <source>Collection URL</source>
        <translation>URL koleksi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="212"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="212"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="214"/>
        <source>C&amp;ountry (optional):</source>
        <translation>Ne&amp;gara (opsional):</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="214"/>
        <source>Country (optional)</source>
        <translation>Negara (opsional)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="216"/>
        <source>U&amp;ser:</source>
        <translation>&amp;Pengguna:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="216"/>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="219"/>
        <source>&amp;Password:</source>
        <translation>K&amp;ata sandi:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="219"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="222"/>
        <source>Or &amp;token:</source>
        <translation>Atau to&amp;ken:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="222"/>
        <source>Token (instead of user and password)</source>
        <translation>Token (sebagai pengganti pengguna dan kata sandi)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="223"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Sertifikat (*.pem *.crt *.cer);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="224"/>
        <source>Certificate to pin</source>
        <translation>Sertifikat yang akan disematkan</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="224"/>
        <source>Certificate to pin (optional)</source>
        <translation>Sertifikat yang akan disematkan (opsional)</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="225"/>
        <source>Pinned certi&amp;ficate:</source>
        <translation>&amp;Sertifikat yang disematkan:</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../desktop/siaga/gui/thread_view.py" line="58"/>
        <location filename="../../desktop/siaga/gui/thread_view.py" line="67"/>
        <source>Replies and acknowledgements</source>
        <translation>Balasan dan tanda terima</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop/siaga/gui/unlock_dialog.py" line="75"/>
        <source>Unlock Siaga</source>
        <extracomment>an attempt started: the worker that derives the key and opens the station the attempt failed (a wrong passphrase, an unreadable station): the error</extracomment>
        <translation>Buka kunci Siaga</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/unlock_dialog.py" line="77"/>
        <source>Station: {name}</source>
        <translation>Stasiun: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/unlock_dialog.py" line="78"/>
        <source>Station folder: {home}</source>
        <translation>Folder stasiun: {home}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/unlock_dialog.py" line="80"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frasa sandi:</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/unlock_dialog.py" line="83"/>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/unlock_dialog.py" line="88"/>
        <source>Unlock problem</source>
        <translation>Masalah membuka kunci</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/unlock_dialog.py" line="92"/>
        <source>Unlocking</source>
        <translation>Membuka kunci</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/unlock_dialog.py" line="96"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/unlock_dialog.py" line="97"/>
        <source>Unlock the station</source>
        <translation>Buka kunci stasiun</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/unlock_dialog.py" line="99"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/unlock_dialog.py" line="100"/>
        <source>Quit Siaga</source>
        <translation>Keluar dari Siaga</translation>
    </message>
</context>
<context>
    <name>UrgentBanner</name>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="95"/>
        <source>Op&amp;en it</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="97"/>
        <source>Open the urgent report</source>
        <translation>Buka laporan mendesak</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/inbox_view.py" line="101"/>
        <source>Dismiss the urgent report notice</source>
        <translation>Tutup pemberitahuan laporan mendesak</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="250"/>
        <source>Verify {name}</source>
        <translation>Verifikasi {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="253"/>
        <source>This station&apos;s fingerprint</source>
        <translation>Sidik jari stasiun ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="255"/>
        <source>{name}&apos;s fingerprint</source>
        <translation>Sidik jari {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="257"/>
        <source>A TAXII collection has no keys to compare. Confirm with its operator that this address is their collection:
{url}</source>
        <translation>Koleksi TAXII tidak memiliki kunci untuk dibandingkan. Pastikan kepada pengelolanya bahwa alamat ini adalah koleksi mereka:
{url}</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="263"/>
        <source>Call {name} on a number you already know. Read your digits to them and ask them to read theirs to you.</source>
        <translation>Hubungi {name} melalui nomor telepon yang sudah Anda ketahui. Bacakan angka Anda kepada mereka dan minta mereka membacakan angka mereka kepada Anda.</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="275"/>
        <source>This station</source>
        <translation>Stasiun ini</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="276"/>
        <source>{name} ({org})</source>
        <translation>{name} ({org})</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="282"/>
        <source>They &amp;match: mark verified</source>
        <translation>&amp;Cocok: tandai terverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="283"/>
        <source>They match: mark verified</source>
        <translation>Cocok: tandai terverifikasi</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="284"/>
        <source>They &amp;differ</source>
        <translation>&amp;Berbeda</translation>
    </message>
    <message>
        <location filename="../../desktop/siaga/gui/peer_dialogs.py" line="285"/>
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
<context>
    <name>WorldMap</name>
    <message>
        <location filename="../../desktop/siaga/gui/world_map.py" line="191"/>
        <source>Nothing in this period</source>
        <translation>Tidak ada apa pun pada periode ini</translation>
    </message>
</context>
</TS>
