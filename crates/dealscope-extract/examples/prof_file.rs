//! Debug aid: full extraction of one file with the bundled tables.
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let open = |f: &str| std::fs::File::open(data.join(f)).unwrap();
    let g = dealscope_ingest::gazetteer_from_csv(open("companies.csv"), open("asset_aliases.csv"))
        .unwrap();
    let x = dealscope_extract::extract(&text, &g);
    println!("{} deals", x.deals.len());
}
