import Gazette
