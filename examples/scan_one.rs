fn main() {
    let text = std::env::args().nth(1).unwrap();
    for x in parley::moderation::detector::scan(&text, &Default::default()) {
        println!("  {:<14} {:.2} {:?}", x.kind.as_str(), x.confidence, x.text);
    }
}
